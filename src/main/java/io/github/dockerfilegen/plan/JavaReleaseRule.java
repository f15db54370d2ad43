package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.JavaRelease;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Text;
import java.util.List;
import java.util.Optional;

/**
 * The Java release the images are picked for: {@code <javaVersion>}, else what the compiler uses
 * (its {@code <release>} wins over {@code <target>}, the compiler ignores the target then; plugin
 * configuration wins over the property it defaults from; the main compile execution over the plugin
 * level), else the oldest supported release. Rounded up to the next supported LTS.
 */
final class JavaReleaseRule {
    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

    private JavaReleaseRule() {}

    static int release(ProjectFacts facts, GeneratorConfig config, PlanLog log) throws ConfigurationException {
        if (config.javaVersion().isPresent()) {
            int level = config.javaVersion().get();
            return roundUp(level, "<javaVersion>", log);
        }
        Optional<Detected> detected = detected(facts);
        if (detected.isEmpty()) {
            int oldest = JavaRelease.SUPPORTED.get(0);
            log.decide("Java " + oldest + " (no release or target in the POM)");
            return oldest;
        }
        Detected found = detected.get();
        int level = JavaRelease.parse(found.value())
                .orElseThrow(() -> new ConfigurationException("Cannot read the Java level "
                        + Text.quoteForMessage(found.value()) + " from " + found.source() + ". Set <javaVersion> (for"
                        + " example 21) in the dockerfile-gen plugin's <configuration>, or"
                        + " -Ddockerfile-gen.javaVersion=21."));
        return roundUp(level, found.source() + " " + found.value(), log);
    }

    static Optional<Detected> detected(ProjectFacts facts) {
        Optional<BuildPlugin> compiler = facts.plugin(COMPILER);
        for (Optional<Detected> candidate : List.of(
                compiler.flatMap(c -> c.value("default-compile", "release")),
                facts.properties().get("maven.compiler.release"),
                compiler.flatMap(c -> c.value("default-compile", "target")),
                facts.properties().get("maven.compiler.target"))) {
            if (candidate.isPresent() && !candidate.get().value().contains("${")) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static int roundUp(int level, String source, PlanLog log) throws ConfigurationException {
        int release = JavaRelease.roundUp(level)
                .orElseThrow(() -> new ConfigurationException("Java " + level + " (from " + source + ") is newer than"
                        + " Java " + JavaRelease.newest() + ", the newest release with images. Set <javaVersion> to one"
                        + " of " + JavaRelease.SUPPORTED + " and <builderImage>/<runtimeImage> to images with your"
                        + " JDK, or -Ddockerfile-gen.javaVersion=..."));
        log.decide("Java " + release + " (from " + source
                + (release == level ? ")" : ", rounded up to the next release with images)"));
        return release;
    }
}
