package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The classpath form: the runtime jars in a layer of their own, then the application's own jar, run
 * as {@code java -cp /app/app.jar:/app/lib/* <main class>} (the launcher expands {@code lib/*}).
 * A code change rebuilds one small layer.
 */
final class Classpath {
    static final String APP_JAR = Folders.APP_DIR + "/app.jar";
    static final String LIB = Folders.APP_DIR + "/lib/";

    private Classpath() {}

    /**
     * @param facts the project, whose runtime jars go on the classpath
     * @param applicationJar the application's jar without its dependencies, relative to the project
     * @param mainClass the class to run
     * @param ports the ports the application listens on
     */
    static LayoutPlan of(ProjectFacts facts, String applicationJar, String mainClass, List<Port> ports) {
        List<RuntimeDependency> dependencies = facts.runtimeDependencies();
        String folder = Folders.target(facts) + "/dependency";
        List<CopyStep> layers = new ArrayList<>();
        String classpath = APP_JAR;
        if (!dependencies.isEmpty()) {
            layers.add(Folders.fromBuild(folder + "/", LIB));
            classpath += ":" + LIB + "*";
        }
        layers.add(Folders.fromBuild(applicationJar, APP_JAR));
        return new LayoutPlan(
                gather(dependencies, folder),
                dependencies.isEmpty()
                        ? ""
                        : "Then the runtime jars are copied out of that cache for the runtime stage.",
                layers,
                List.of(),
                List.of("-cp", classpath, mainClass),
                ports);
    }

    /**
     * Copies the runtime jars out of the cache mount after {@code package} (whose jar plugin resolves
     * the runtime classpath, so they are there). maven-dependency-plugin would do the same, but it
     * downloads some 180 artifacts of its own on a cold build. Two jars with the same file name get
     * their groupId in front, as {@code -Dmdep.prependGroupId} would.
     */
    static List<List<String>> gather(List<RuntimeDependency> dependencies, String folder) {
        if (dependencies.isEmpty()) {
            return List.of();
        }
        Map<String, Long> sameName = dependencies.stream()
                .collect(Collectors.groupingBy(RuntimeDependency::fileName, Collectors.counting()));
        List<List<String>> commands = new ArrayList<>();
        commands.add(List.of("mkdir", "-p", folder));
        for (RuntimeDependency dependency : dependencies) {
            String name = sameName.get(dependency.fileName()) > 1
                    ? dependency.groupId() + "." + dependency.fileName()
                    : dependency.fileName();
            commands.add(List.of(
                    "cp", Folders.MAVEN_CACHE + "/repository/" + dependency.repositoryPath(), folder + "/" + name));
        }
        return commands;
    }
}
