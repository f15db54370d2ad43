package io.github.dockerfilegen.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** The OCI / Docker image reference grammar (distribution/reference), plus our tagging rule. */
public final class ImageReference {
    private static final String ALNUM = "[a-z0-9]+";
    private static final String SEPARATOR = "(?:[._]|__|-+)";
    private static final String PATH_COMPONENT = ALNUM + "(?:" + SEPARATOR + ALNUM + ")*";
    private static final String DOMAIN_COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
    private static final String DOMAIN =
            "(?:" + DOMAIN_COMPONENT + "(?:\\." + DOMAIN_COMPONENT + ")*" + "|\\[[a-fA-F0-9:]+\\])(?::[0-9]+)?";
    private static final String NAME = "(?:" + DOMAIN + "/)?" + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*";
    private static final String TAG = "[\\w][\\w.-]{0,127}";
    private static final String DIGEST = "[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}";
    private static final Pattern REFERENCE = Pattern.compile("(" + NAME + ")(?::(" + TAG + "))?(?:@(" + DIGEST + "))?");
    private static final int MAX_NAME_LENGTH = 255;

    private ImageReference() {}

    /** Why the reference cannot be used, or empty when it can. */
    public static Optional<String> problem(String reference) {
        if (reference.length() > 1024) {
            // name (255) + tag (128) + digest fit well within; longer would only overflow the matcher's stack
            return Optional.of(
                    "is longer than 1024 characters; write it as name:tag, such as eclipse-temurin:21-jre-noble");
        }
        var m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            return Optional.of(
                    "is not a valid image reference; write it as name:tag, such as eclipse-temurin:21-jre-noble");
        }
        if (m.group(1).length() > MAX_NAME_LENGTH) {
            return Optional.of("has an image name longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (m.group(2) == null && m.group(3) == null) {
            return Optional.of(
                    "has no tag; pin one, such as " + m.group(1) + ":21 (an untagged image floats to :latest)");
        }
        if ("latest".equals(m.group(2)) && m.group(3) == null) {
            return Optional.of("uses the floating tag 'latest'; pin a version tag or a digest");
        }
        return Optional.empty();
    }
}
