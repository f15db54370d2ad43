package io.github.dockerfilegen.model;

/**
 * The Maven wrapper at the build context's root ({@code mvnw} and
 * {@code .mvn/wrapper/maven-wrapper.properties}), as committed: what decides whether the builder can
 * run it.
 *
 * @param scriptHasCrlf whether {@code mvnw} has Windows line endings, which {@code /bin/sh} cannot run
 * @param propertiesHaveCrlf whether {@code maven-wrapper.properties} has Windows line endings
 * @param scriptTrimsValues whether {@code mvnw} strips white space, a carriage return included, from
 *     the values it reads from the properties (maven-wrapper 3.3's script does; 3.1's reads them with
 *     {@code read} and keeps the {@code \r})
 * @param jarPresent whether {@code .mvn/wrapper/maven-wrapper.jar} is there, so the script reads no
 *     URL to download it from
 */
public record MavenWrapper(
        boolean scriptHasCrlf, boolean propertiesHaveCrlf, boolean scriptTrimsValues, boolean jarPresent) {

    /** As {@code mvn wrapper:wrapper} writes it on Linux or macOS. */
    public static final MavenWrapper AS_GENERATED = new MavenWrapper(false, false, true, false);
}
