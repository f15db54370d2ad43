package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The classpath form: the runtime jars in a layer of their own, then the application's own jar, run
 * as {@code java -cp /app/app.jar:/app/lib/* <main class>} (the launcher expands {@code lib/*}).
 * A code change rebuilds one small layer. With a start-up cache the jars are named one by one: a CDS
 * archive or AOT cache holds only for the same jars in the same order, which a wildcard does not fix.
 */
final class Classpath {
    static final String APP_JAR = Folders.APP_DIR + "/app.jar";
    static final String LIB = Folders.APP_DIR + "/lib/";

    private Classpath() {}

    /**
     * @param facts the project, whose runtime jars go on the classpath: those from repositories, then
     *     those its reactor builds (they change more often), each in a layer of its own
     * @param config {@code <startupCache>}, which names every jar of the classpath
     * @param applicationJar the application's jar without its dependencies, relative to the project
     * @param mainClass the class to run
     * @return the layout's plan, on no known port until the layout says otherwise
     */
    static LayoutPlan.Builder of(ProjectFacts facts, GeneratorConfig config, String applicationJar, String mainClass) {
        List<RuntimeDependency> external = facts.runtimeDependencies().stream()
                .filter(d -> d.reactorArtifact().isEmpty())
                .toList();
        List<RuntimeDependency> modules = facts.runtimeDependencies().stream()
                .filter(d -> d.reactorArtifact().isPresent())
                .toList();
        String externalFolder = Folders.target(facts) + "/dependency";
        String moduleFolder = Folders.target(facts) + "/module-dependency";
        List<List<String>> gather = new ArrayList<>();
        List<CopyStep> layers = new ArrayList<>();
        if (!external.isEmpty()) {
            gather.add(List.of("mkdir", "-p", externalFolder));
            gather.addAll(fromCache(external, externalFolder));
            layers.add(Folders.fromBuild(facts, externalFolder + "/", LIB));
        }
        if (!modules.isEmpty()) {
            // The commands run in the module's folder; the reactor's jars are in their modules' folders.
            String toRoot = facts.reactor()
                    .map(r -> "../".repeat(r.module().split("/").length))
                    .orElse("");
            gather.add(List.of("mkdir", "-p", moduleFolder));
            for (RuntimeDependency module : modules) {
                gather.add(
                        List.of("cp", toRoot + module.reactorArtifact().get(), moduleFolder + "/" + module.fileName()));
            }
            layers.add(Folders.fromBuild(facts, moduleFolder + "/", LIB));
        }
        layers.add(Folders.fromBuild(facts, applicationJar, APP_JAR));
        List<String> application = new ArrayList<>();
        if (!modules.isEmpty()) {
            application.add(moduleFolder + "/");
        }
        application.add(applicationJar);
        List<String> classpath = new ArrayList<>(List.of(APP_JAR));
        if (config.startupCache()) {
            libraryNames(external).forEach(jar -> classpath.add(LIB + jar));
            modules.forEach(module -> classpath.add(LIB + module.fileName()));
        } else if (layers.size() > 1) {
            classpath.add(LIB + "*");
        }
        LayoutPlan.Builder plan = LayoutPlan.builder()
                .layers(layers)
                .classes(external.isEmpty() ? List.of() : List.of(externalFolder + "/"), application)
                .launch(List.of("-cp", String.join(":", classpath), mainClass));
        if (!gather.isEmpty()) {
            plan.afterPackage(
                    gather,
                    modules.isEmpty()
                            ? "Then the runtime jars are copied out of the Maven repository for the runtime stage."
                            : "Then the runtime jars are gathered for the runtime stage: from the Maven repository, and"
                                    + " from the reactor's modules that built them.");
        }
        return plan;
    }

    /**
     * Copies the runtime jars out of the cache mount after {@code package} (whose jar plugin resolves
     * the runtime classpath, so they are there). maven-dependency-plugin would do the same, but it
     * downloads some 180 artifacts of its own on a cold build. Two jars with the same file name get
     * their groupId in front, as {@code -Dmdep.prependGroupId} would.
     */
    static List<List<String>> fromCache(List<RuntimeDependency> dependencies, String folder) {
        List<String> names = libraryNames(dependencies);
        List<List<String>> commands = new ArrayList<>();
        for (int i = 0; i < dependencies.size(); i++) {
            commands.add(List.of(
                    "cp",
                    Folders.MAVEN_REPOSITORY + "/" + dependencies.get(i).repositoryPath(),
                    folder + "/" + names.get(i)));
        }
        return commands;
    }

    /** The jars' names in the image, in order: two of the same file name get their groupId in front. */
    private static List<String> libraryNames(List<RuntimeDependency> dependencies) {
        Map<String, Long> sameName = dependencies.stream()
                .collect(Collectors.groupingBy(RuntimeDependency::fileName, Collectors.counting()));
        return dependencies.stream()
                .map(d -> sameName.get(d.fileName()) > 1 ? d.groupId() + "." + d.fileName() : d.fileName())
                .toList();
    }
}
