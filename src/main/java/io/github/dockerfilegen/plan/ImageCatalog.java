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

    private ImageCatalog() {}

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
