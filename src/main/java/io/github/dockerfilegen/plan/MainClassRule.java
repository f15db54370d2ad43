package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The class a classpath launch runs: {@code <mainClass>}, else the first of these the project sets:
 * maven-jar-plugin's manifest, exec-maven-plugin's {@code <mainClass>}, the {@code exec.mainClass}
 * property, the shade plugin's {@code ManifestResourceTransformer}, the assembly plugin's manifest.
 * A value Maven could not resolve (an undefined {@code ${start-class}}) is passed over.
 *
 * <p>The plain jar, Micronaut and the uber-jar's classpath form require one (an uber-jar's own
 * manifest goes first); {@link SkipRule} asks whether a reactor module has any. The layouts that
 * start a launcher of their own do not use it: Spring Boot (its jar's {@code Start-Class}, only
 * logged), Quarkus ({@code quarkus-run.jar} or the runner jar), a war (the servlet container), and an
 * uber-jar run as built ({@code java -jar}, its manifest's {@code Main-Class}).
 */
final class MainClassRule {
    static final String JAR_PLUGIN = "org.apache.maven.plugins:maven-jar-plugin";
    static final String EXEC_PLUGIN = "org.codehaus.mojo:exec-maven-plugin";

    private MainClassRule() {}

    /** The candidates in order; {@code first} go before the usual ones (an uber-jar's own manifest). */
    static List<Optional<Detected>> candidates(ProjectFacts facts, List<Optional<Detected>> first) {
        List<Optional<Detected>> candidates = new ArrayList<>(first);
        candidates.add(pluginValue(facts, JAR_PLUGIN, "default-jar", "archive", "manifest", "mainClass"));
        candidates.add(pluginValue(facts, EXEC_PLUGIN, BuildPlugin.ANY_EXECUTION, "mainClass"));
        candidates.add(facts.properties().get("exec.mainClass"));
        candidates.add(
                pluginValue(facts, PackagedJars.SHADE, BuildPlugin.ANY_EXECUTION, "transformers", "*", "mainClass"));
        candidates.add(pluginValue(
                facts, PackagedJars.ASSEMBLY, BuildPlugin.ANY_EXECUTION, "archive", "manifest", "mainClass"));
        return candidates;
    }

    /** The main class, logged with its source; fails naming the fixes when there is none. */
    static String require(ProjectFacts facts, GeneratorConfig config, PlanLog log, List<Optional<Detected>> candidates)
            throws ConfigurationException {
        if (config.mainClass().isPresent()) {
            log.decide("main class " + config.mainClass().get() + " (from <mainClass>)");
            return config.mainClass().get();
        }
        List<String> unresolved = new ArrayList<>();
        for (Optional<Detected> candidate : candidates) {
            if (candidate.isEmpty()) {
                continue;
            }
            Detected found = candidate.get();
            if (found.value().contains("${")) {
                unresolved.add(Text.quoteForMessage(found.value()) + " in " + found.source());
                continue;
            }
            if (!Text.isClassName(found.value())) {
                throw new ConfigurationException("The main class " + Text.quoteForMessage(found.value()) + " from "
                        + found.source() + " is not a class name. Fix it there, or set <mainClass> in the"
                        + " dockerfile-gen plugin's <configuration>.");
            }
            log.decide("main class " + found.value() + " (from " + found.source() + ")");
            return found.value();
        }
        throw new ConfigurationException("No main class found for " + facts.artifactId()
                + (unresolved.isEmpty() ? "" : " (" + String.join(", ", unresolved) + " is not defined)")
                + ". Set <mainClass> in the dockerfile-gen plugin's <configuration> (or"
                + " -Ddockerfile-gen.mainClass=com.example.Main), or declare it in maven-jar-plugin's"
                + " <archive><manifest><mainClass>.");
    }

    static Optional<Detected> pluginValue(ProjectFacts facts, String plugin, String execution, String... path) {
        return facts.plugin(plugin).flatMap(p -> p.value(execution, path));
    }
}
