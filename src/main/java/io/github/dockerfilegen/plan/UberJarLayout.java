package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.plan.PackagedJars.UberJar;
import java.util.List;
import java.util.Optional;

/**
 * A jar with its dependencies inside (maven-shade-plugin, or maven-assembly-plugin's
 * jar-with-dependencies). Never shipped together with a second copy of the dependencies. When the
 * build also keeps the thin jar, moves no class and adds nothing to the manifest that a classpath
 * launch would lose, the classpath form runs the same code and a code change rebuilds a small layer
 * instead of the whole uber-jar; otherwise the uber-jar runs as built, with {@code java -jar}.
 */
final class UberJarLayout implements ApplicationLayout {
    private static final String JAR = Folders.APP_DIR + "/app.jar";

    @Override
    public LayoutKind kind() {
        return LayoutKind.UBER_JAR;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return facts.packaging().equals("jar")
                ? PackagedJars.uberJar(facts).map(uber -> uber.plugin() + " makes " + uber.path())
                : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        UberJar uber = PackagedJars.uberJar(facts).orElseThrow();
        Optional<String> asBuilt = whyAsBuilt(facts, config, uber);
        if (asBuilt.isPresent()) {
            log.decide("the uber-jar runs as built, with java -jar: " + asBuilt.get());
            return LayoutPlan.builder()
                    .layers(List.of(Folders.fromBuild(facts, uber.path(), JAR)))
                    .launch(List.of("-jar", JAR))
                    // Its dependencies' classes are inside, unpacked: jdeps reads them all there.
                    .classes(List.of(), List.of(uber.path()))
                    .build();
        }
        log.decide("classpath form: " + uber.thinJar().get() + " and its dependencies in their own layer run the same"
                + " code as the uber-jar, and a code change rebuilds one small layer");
        String mainClass = MainClassRule.require(facts, config, log, candidates(facts, uber));
        return Classpath.of(facts, config, uber.thinJar().get(), mainClass).build();
    }

    /** Why only the uber-jar itself runs this application, if it does. */
    private static Optional<String> whyAsBuilt(ProjectFacts facts, GeneratorConfig config, UberJar uber) {
        if (uber.thinJar().isEmpty()) {
            return Optional.of("it is written over the project's own jar, so no thin jar is left");
        }
        if (uber.relocations()) {
            return Optional.of("it relocates classes, which only the uber-jar holds");
        }
        if (!uber.extraManifestEntries().isEmpty()) {
            return Optional.of("its manifest adds " + String.join(", ", uber.extraManifestEntries())
                    + ", which a classpath launch would not see");
        }
        boolean mainClassKnown = config.mainClass().isPresent()
                || candidates(facts, uber).stream()
                        .flatMap(Optional::stream)
                        .anyMatch(found -> !found.value().contains("${"));
        return mainClassKnown ? Optional.empty() : Optional.of("no main class is named outside its manifest");
    }

    /** The uber-jar's own manifest first: it says how the application is meant to start. */
    private static List<Optional<Detected>> candidates(ProjectFacts facts, UberJar uber) {
        return MainClassRule.candidates(facts, List.of(uber.mainClass()));
    }
}
