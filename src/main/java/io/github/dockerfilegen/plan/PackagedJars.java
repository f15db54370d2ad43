package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigNode;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Where the jar, shade and assembly plugins leave the project's jars under {@code target/}. */
final class PackagedJars {
    static final String SHADE = "org.apache.maven.plugins:maven-shade-plugin";
    static final String ASSEMBLY = "org.apache.maven.plugins:maven-assembly-plugin";
    static final String JAR_WITH_DEPENDENCIES = "jar-with-dependencies";

    /** Manifest entries that only describe the jar: the classpath form loses nothing without them. */
    private static final Pattern DESCRIPTIVE_ENTRY = Pattern.compile(
            "Main-Class|Multi-Release|Automatic-Module-Name|Created-By|Built-By|Build-.*|X-.*"
                    + "|Implementation-.*|Specification-.*|Bundle-.*|Class-Path",
            Pattern.CASE_INSENSITIVE);

    private PackagedJars() {}

    /**
     * A jar with the dependencies inside, as the build leaves it.
     *
     * @param plugin the plugin that makes it, for the log
     * @param path its path relative to the project
     * @param thinJar the project's own jar without dependencies, when the build keeps it
     * @param relocations whether classes were moved to other packages (then only the uber-jar runs)
     * @param extraManifestEntries manifest entries the uber-jar adds beyond the main class, which a
     *     classpath launch would lose (Vert.x's {@code Main-Verticle})
     * @param mainClass the main class its manifest names
     */
    record UberJar(
            String plugin,
            String path,
            Optional<String> thinJar,
            boolean relocations,
            List<String> extraManifestEntries,
            Optional<Detected> mainClass) {}

    /**
     * The jar plugin's jar, or where the shade plugin or Spring Boot's repackage moved it when their
     * jar took its place (a plain-jar layout chosen for a Boot application runs its classes).
     */
    static String thinJar(ProjectFacts facts) {
        String jar = Folders.target(facts) + "/" + facts.finalName() + ".jar";
        boolean bootReplacesIt = facts.plugin(SpringBootLayout.PLUGIN)
                .filter(boot -> boot.runsGoal("repackage"))
                .filter(boot ->
                        boot.value(BuildPlugin.ANY_EXECUTION, "classifier").isEmpty())
                .isPresent();
        return uberJar(facts).flatMap(UberJar::thinJar).orElse(bootReplacesIt ? jar + ".original" : jar);
    }

    /** The uber-jar the shade plugin or the assembly plugin's jar-with-dependencies makes, if either runs. */
    static Optional<UberJar> uberJar(ProjectFacts facts) {
        Optional<BuildPlugin> shade = facts.plugin(SHADE).filter(p -> p.runsGoal("shade"));
        if (shade.isPresent()) {
            return Optional.of(shaded(facts, shade.get()));
        }
        return facts.plugin(ASSEMBLY)
                .filter(p -> p.runsGoal("single"))
                .filter(p -> p.all("descriptorRefs", "descriptorRef").stream()
                        .anyMatch(ref -> ref.value().equals(JAR_WITH_DEPENDENCIES)))
                .map(p -> assembled(facts, p));
    }

    private static UberJar shaded(ProjectFacts facts, BuildPlugin shade) {
        String target = Folders.target(facts) + "/";
        String mainJar = target + facts.finalName() + ".jar";
        Optional<String> outputFile = value(shade, "outputFile");
        Optional<String> finalName = value(shade, "finalName");
        boolean attached = value(shade, "shadedArtifactAttached")
                .map(Boolean::parseBoolean)
                .orElse(false);
        String path;
        Optional<String> thin = Optional.of(mainJar);
        if (outputFile.isPresent()) {
            path = outputFile.get();
        } else if (finalName.isPresent() && !finalName.get().equals(facts.finalName())) {
            path = target + finalName.get() + ".jar";
        } else if (attached) {
            path = target + facts.finalName() + "-"
                    + value(shade, "shadedClassifierName").orElse("shaded") + ".jar";
        } else {
            // The uber-jar replaces the main artifact; the plugin keeps the original as original-<name>.jar.
            path = mainJar;
            thin = Optional.of(target + "original-" + facts.finalName() + ".jar");
        }
        List<String> entries = new ArrayList<>();
        for (ConfigNode entry : shade.all("transformers", "transformer", "manifestEntries", ConfigNode.ANY)) {
            entries.add(entry.name());
        }
        return new UberJar(
                "maven-shade-plugin",
                path,
                thin,
                !shade.all("relocations", "relocation").isEmpty(),
                extra(entries),
                shade.value(BuildPlugin.ANY_EXECUTION, "transformers", ConfigNode.ANY, "mainClass"));
    }

    private static UberJar assembled(ProjectFacts facts, BuildPlugin assembly) {
        String name = value(assembly, "finalName").orElse(facts.finalName());
        boolean appendId =
                value(assembly, "appendAssemblyId").map(Boolean::parseBoolean).orElse(true);
        List<String> entries = new ArrayList<>();
        for (ConfigNode entry : assembly.all("archive", "manifestEntries", ConfigNode.ANY)) {
            entries.add(entry.name());
        }
        String path = Folders.target(facts) + "/" + name + (appendId ? "-" + JAR_WITH_DEPENDENCIES : "") + ".jar";
        String mainJar = Folders.target(facts) + "/" + facts.finalName() + ".jar";
        return new UberJar(
                "maven-assembly-plugin " + JAR_WITH_DEPENDENCIES,
                path,
                // Without the assembly id it is written over the jar plugin's jar.
                path.equals(mainJar) ? Optional.empty() : Optional.of(mainJar),
                false,
                extra(entries),
                assembly.value(BuildPlugin.ANY_EXECUTION, "archive", "manifest", "mainClass"));
    }

    private static List<String> extra(List<String> manifestEntries) {
        return manifestEntries.stream()
                .filter(name -> !DESCRIPTIVE_ENTRY.matcher(name).matches())
                .distinct()
                .toList();
    }

    private static Optional<String> value(BuildPlugin plugin, String name) {
        return plugin.value(BuildPlugin.ANY_EXECUTION, name).map(Detected::value);
    }
}
