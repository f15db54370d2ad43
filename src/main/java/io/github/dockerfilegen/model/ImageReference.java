package io.github.dockerfilegen.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An image reference in the OCI / Docker grammar (distribution/reference), pinned as we require:
 * a tag other than {@code latest}, or a digest.
 *
 * @param name the repository name, with its registry if any, such as {@code gcr.io/distroless/java17}
 * @param tag the tag, if any
 * @param digest the digest, if any, such as {@code sha256:...}
 */
public record ImageReference(String name, Optional<String> tag, Optional<String> digest) {
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
    private static final String EXAMPLE = "write it as name:tag, such as eclipse-temurin:21-jre-noble";

    /**
     * Parses and checks a reference.
     *
     * @throws IllegalArgumentException when it cannot be used; the message says why and how to write it
     */
    public static ImageReference parse(String reference) {
        if (reference.length() > 1024) {
            // name (255) + tag (128) + digest fit well within; longer would only overflow the matcher's stack
            throw new IllegalArgumentException("is longer than 1024 characters; " + EXAMPLE);
        }
        var m = REFERENCE.matcher(reference);
        if (!m.matches()) {
            throw new IllegalArgumentException("is not a valid image reference; " + EXAMPLE);
        }
        if (m.group(1).length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("has an image name longer than " + MAX_NAME_LENGTH + " characters");
        }
        if (m.group(2) == null && m.group(3) == null) {
            throw new IllegalArgumentException(
                    "has no tag; pin one, such as " + m.group(1) + ":21 (an untagged image floats to :latest)");
        }
        if ("latest".equals(m.group(2)) && m.group(3) == null) {
            throw new IllegalArgumentException("uses the floating tag 'latest'; pin a version tag or a digest");
        }
        return new ImageReference(m.group(1), Optional.ofNullable(m.group(2)), Optional.ofNullable(m.group(3)));
    }

    /**
     * Whether the first part of an image name is a registry host, as Docker reads it: it has a '.' or
     * a port, or is {@code localhost}; any other first part is a Docker Hub account.
     */
    public static boolean isRegistryHost(String part) {
        return part.contains(".") || part.contains(":") || part.equals("localhost");
    }

    /**
     * A name with its registry, as Docker expands it ({@code maven:3.9} is
     * {@code docker.io/library/maven:3.9}): podman and buildah resolve a short name only through a
     * registries.conf entry, which Debian's podman does not have.
     */
    public static String fullyQualified(String image) {
        int slash = image.indexOf('/');
        if (slash > 0 && isRegistryHost(image.substring(0, slash))) {
            return image;
        }
        return "docker.io/" + (slash > 0 ? image : "library/" + image);
    }

    @Override
    public String toString() {
        return name
                + tag.map(t -> ":" + t).orElse("")
                + digest.map(d -> "@" + d).orElse("");
    }
}
