package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ImageReference;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeFlavor;
import java.util.Optional;

/**
 * The stages' base images: {@code <builderImage>} and {@code <runtimeImage>} as written; else the
 * {@link ImageCatalog}'s row for the Java release (the builder a plain JDK for the Maven wrapper; the
 * runtime the layout's own image, such as a servlet container's, else {@code <runtime>}'s family,
 * distroless by default), written in full and put on {@code <imageMirror>} when one is set.
 */
final class BaseImageRule {
    private BaseImageRule() {}

    /**
     * The base images.
     *
     * @param builder the builder stage's
     * @param jdk the jlink stage's, with {@code <jlink>}: the JDK of the target platform
     * @param runtime the runtime stage's: the image's base
     */
    record BaseImages(String builder, Optional<String> jdk, String runtime) {}

    static BaseImages choose(ProjectFacts facts, GeneratorConfig config, LayoutPlan app, int release, PlanLog log) {
        // The wrapper's own Maven runs on a plain JDK image: the maven images' MAVEN_CONFIG confuses mvnw.
        String builder = config.builderImage()
                .map(Object::toString)
                .orElseGet(() -> defaultImage(
                        config,
                        facts.mavenWrapper().isPresent() ? ImageCatalog.jdk(release) : ImageCatalog.builder(release)));
        RuntimeFlavor flavor = config.runtime().orElse(RuntimeFlavor.DISTROLESS);
        String runtime = config.runtimeImage()
                .map(Object::toString)
                .orElseGet(() -> defaultImage(
                        config,
                        app.image()
                                .orElseGet(() -> config.jlink()
                                        ? ImageCatalog.jlinkBase(flavor)
                                        : ImageCatalog.runtime(flavor, release))));
        Optional<String> jdk =
                config.jlink() ? Optional.of(defaultImage(config, ImageCatalog.jdk(release))) : Optional.empty();
        log.decide("builder image " + builder + ", runtime image " + runtime
                + (config.runtimeImage().isPresent()
                        ? " (<runtimeImage>)"
                        : app.image().isPresent()
                                ? ""
                                : " (" + flavor.id() + (config.jlink() ? ", for jlink" : "") + ")")
                + jdk.map(image -> ", jlink on " + image).orElse(""));
        return new BaseImages(builder, jdk, runtime);
    }

    /** A default image's full name, on {@code <imageMirror>} when one is set. */
    private static String defaultImage(GeneratorConfig config, String image) {
        String qualified = ImageReference.fullyQualified(image);
        return config.imageMirror().map(mirror -> mirror.map(qualified)).orElse(qualified);
    }
}
