package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.Text;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * OCI labels from what the project says about itself (inspection leaves out what only a parent
 * from a repository says), overridden key by key by {@code <labels>}.
 */
final class Labels {
    private static final String OCI = "org.opencontainers.image.";
    private static final Pattern WEB_URL = Pattern.compile("https?://[^\\s]+");
    /** {@code scm:git:https://...}: Maven's SCM URL form, provider first. */
    private static final Pattern SCM_CONNECTION = Pattern.compile("scm:[a-z0-9]+:(https?://[^\\s]+)");

    private Labels() {}

    static SortedMap<String, String> of(ProjectFacts facts, GeneratorConfig config) {
        ProjectMetadata pom = facts.metadata();
        SortedMap<String, String> labels = new TreeMap<>();
        labels.put(
                OCI + "title",
                pom.name().map(Labels::text).filter(s -> !s.isEmpty()).orElse(facts.artifactId()));
        labels.put(OCI + "version", facts.version());
        put(labels, "description", pom.description());
        put(labels, "url", pom.url().filter(Labels::isWebUrl));
        put(labels, "source", source(pom));
        put(labels, "vendor", pom.organization());
        SpdxLicenses.expression(pom.licenseNames()).ifPresent(spdx -> labels.put(OCI + "licenses", spdx));
        labels.putAll(config.labels());
        return labels;
    }

    /** The source label is a URL: {@code <scm><url>}, else the web URL inside {@code <scm><connection>}. */
    private static Optional<String> source(ProjectMetadata pom) {
        return pom.scmUrl()
                .filter(Labels::isWebUrl)
                .or(() -> pom.scmConnection()
                        .map(c -> SCM_CONNECTION.matcher(c.trim()))
                        .filter(m -> m.matches())
                        .map(m -> m.group(1)));
    }

    private static boolean isWebUrl(String value) {
        return WEB_URL.matcher(value.trim()).matches();
    }

    private static void put(SortedMap<String, String> labels, String key, Optional<String> value) {
        value.map(Labels::text).filter(s -> !s.isEmpty()).ifPresent(v -> labels.put(OCI + key, v));
    }

    /** POM text for a label: one line, cut to {@link Text#MAX_VALUE_LENGTH} characters. */
    private static String text(String text) {
        String line = Text.oneLine(text);
        return line.codePointCount(0, line.length()) <= Text.MAX_VALUE_LENGTH
                ? line
                : line.substring(0, line.offsetByCodePoints(0, Text.MAX_VALUE_LENGTH - 1)) + "\u2026";
    }
}
