package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.JavaRelease;
import io.github.dockerfilegen.model.RuntimeFlavor;
import java.util.Map;

/**
 * The default images: the single table the generator takes image names from. {@code <builderImage>}
 * and {@code <runtimeImage>} override a row; {@code --build-arg} overrides it at build time.
 */
final class ImageCatalog {

    private record Row(String builder, String distroless, String temurin, String alpine) {}

    /** Temurin's JDK on Ubuntu, for projects whose own Maven wrapper builds them. */
    private static final String JDK = "eclipse-temurin:%d-jdk-noble";

    private static final Map<Integer, Row> TABLE = Map.of(
            17,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-17",
                            "gcr.io/distroless/java17-debian13:nonroot",
                            "eclipse-temurin:17-jre-noble",
                            "eclipse-temurin:17-jre-alpine"),
            21,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-21",
                            "gcr.io/distroless/java21-debian13:nonroot",
                            "eclipse-temurin:21-jre-noble",
                            "eclipse-temurin:21-jre-alpine"),
            25,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-25",
                            "gcr.io/distroless/java25-debian13:nonroot",
                            "eclipse-temurin:25-jre-noble",
                            "eclipse-temurin:25-jre-alpine"));

    /** The official Tomcat images: a version line on Temurin's JRE, Ubuntu. */
    private static final String TOMCAT = "tomcat:%s-jre%d-temurin-noble";
    /** The official Jetty 12.1 images (JDK only: Jetty publishes no 12.1 JRE image), Ubuntu or Alpine. */
    private static final String JETTY = "jetty:12.1-jdk%d-eclipse-temurin";

    private static final String JETTY_ALPINE = "jetty:12.1-jdk%d-alpine-eclipse-temurin";

    private ImageCatalog() {}

    /** Tomcat of this version line ({@code 10.1}) on this Java release. */
    static String tomcat(String line, int release) {
        row(release);
        return String.format(java.util.Locale.ROOT, TOMCAT, line, release);
    }

    /** Jetty 12.1 on this Java release. */
    static String jetty(int release, boolean alpine) {
        row(release);
        return String.format(java.util.Locale.ROOT, alpine ? JETTY_ALPINE : JETTY, release);
    }

    /** A JDK without Maven, for the Maven wrapper. */
    static String jdk(int release) {
        row(release);
        return String.format(java.util.Locale.ROOT, JDK, release);
    }

    static String builder(int release) {
        return row(release).builder();
    }

    static String runtime(RuntimeFlavor flavor, int release) {
        Row row = row(release);
        return switch (flavor) {
            case DISTROLESS -> row.distroless();
            case TEMURIN -> row.temurin();
            case ALPINE -> row.alpine();
        };
    }

    private static Row row(int release) {
        Row row = TABLE.get(release);
        if (row == null) {
            throw new IllegalArgumentException(
                    "no images for Java " + release + "; supported: " + JavaRelease.SUPPORTED);
        }
        return row;
    }
}
