package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.BuilderStep;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.Script;
import io.github.dockerfilegen.model.BuildPlan.StageCopy;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeFlavor;
import io.github.dockerfilegen.model.Text;
import io.github.dockerfilegen.plan.LayoutPlan.ClassSources;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A Java runtime of only the modules the application needs ({@code <jlink>}), in two stages of its own:
 *
 * <ol>
 *   <li>{@code modules}, on the builder image: {@code jdeps} over the runtime jars, in a step only they
 *       feed (cached while they are unchanged), then over the application's own code, joined with the
 *       modules that reflection and service lookup need and {@code jdeps} cannot see, and
 *       {@code <jlinkModules>};
 *   <li>{@code jlink}, on the JDK image of the target platform (a linked runtime is platform code; a
 *       JDK without {@code jmods} links only from its own, unmodified, runtime), keyed on the module
 *       list alone, so a source-only change takes it from the cache.
 * </ol>
 *
 * The runtime stage copies it to {@code /opt/java/openjdk} on a small glibc base, with {@code java} on
 * the path. A war runs on its container's JRE, and Alpine's musl cannot run a glibc JDK's runtime:
 * both are refused.
 */
final class JlinkRule {
    static final String MODULES_STAGE = "modules";
    static final String JLINK_STAGE = "jlink";
    /** Where the runtime goes in the image: where Temurin's images keep theirs. */
    static final String JAVA_HOME = "/opt/java/openjdk";
    /** Where jlink writes it: out of the way of the JDK image's own, which is at JAVA_HOME. */
    private static final String LINKED = "/runtime";
    /** The image's PATH: distroless's and Debian's, the runtime's bin first. */
    private static final String PATH = JAVA_HOME + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

    private static final String MODULES_DIR = "/modules";
    private static final String LIBRARIES = "libraries";
    private static final String APPLICATION = "application";

    private JlinkRule() {}

    /**
     * The stages that make the runtime, and what the runtime stage adds for it.
     *
     * @param stages the modules stage (absent when {@code <jlinkModules>} names them all) and the jlink stage
     * @param runtimeCopy the runtime, copied into the image before the application
     * @param env the image's {@code JAVA_HOME} and {@code PATH}
     */
    record Linked(List<BuilderStage> stages, CopyStep runtimeCopy, SortedMap<String, String> env) {}

    static Optional<Linked> plan(
            ProjectFacts facts,
            GeneratorConfig config,
            LayoutKind layout,
            LayoutPlan app,
            int release,
            Optional<String> builderPlatform,
            PlanLog log)
            throws ConfigurationException {
        if (!config.jlink()) {
            return Optional.empty();
        }
        if (layout == LayoutKind.WAR) {
            throw new ConfigurationException("<jlink> makes a runtime for an application that starts its own JVM;"
                    + " a war runs on its servlet container's JRE, which jlink does not trim. Remove <jlink>, or"
                    + " package the application as an executable jar.");
        }
        if (config.runtime().filter(flavor -> flavor == RuntimeFlavor.ALPINE).isPresent()) {
            throw new ConfigurationException("<jlink> with <runtime>alpine</runtime>: a runtime linked from a glibc"
                    + " JDK does not run on Alpine's musl, and no musl JDK is tested with dockerfile-gen yet. Use"
                    + " <runtime>distroless</runtime> (the default) or <runtime>temurin</runtime>.");
        }
        Set<String> extra = new LinkedHashSet<>(lookedUpAtRunTime(config, release));
        extra.addAll(config.jlinkModules());
        Optional<ClassSources> classes = app.classes();
        List<BuilderStage> stages = new ArrayList<>();
        Optional<String> modulesFile;
        if (classes.isPresent()) {
            stages.add(modulesStage(facts, classes.get(), extra, release, builderPlatform));
            modulesFile = Optional.of(MODULES_DIR + "/modules.txt");
            log.decide("jlink: a runtime of the modules jdeps finds in the application and its libraries (but"
                    + " jdk.compiler, which libraries' compile-time code names), and " + String.join(", ", extra));
        } else if (!config.jlinkModules().isEmpty()) {
            modulesFile = Optional.empty();
            log.decide("jlink: a runtime of the modules <jlinkModules> names, and " + String.join(", ", extra));
        } else {
            throw new ConfigurationException("<jlink>: the modules of " + facts.artifactId() + " cannot be found, as"
                    + " its libraries are inside the archive that runs. Name them all in <jlinkModules> (jdeps"
                    + " --print-module-deps over its libraries prints them), or leave <jlink> out.");
        }
        stages.add(jlinkStage(modulesFile, extra, release));
        SortedMap<String, String> env = new TreeMap<>();
        env.put("JAVA_HOME", JAVA_HOME);
        env.put("PATH", PATH);
        return Optional.of(new Linked(stages, CopyStep.fromStage(JLINK_STAGE, LINKED, JAVA_HOME), env));
    }

    /**
     * Modules that code loads by name, which {@code jdeps} cannot see: the TLS provider for elliptic
     * curves (in {@code java.base} from Java 22), {@code sun.misc.Unsafe} for libraries that reach it by
     * reflection, zip file systems, DNS for JNDI, the JDK's own management beans (metrics libraries);
     * and the modules the JVM options need: an agent, the debugger, the flight recorder.
     */
    static List<String> lookedUpAtRunTime(GeneratorConfig config, int release) {
        List<String> modules = new ArrayList<>();
        if (release < 22) {
            modules.add("jdk.crypto.ec");
        }
        modules.addAll(List.of("jdk.unsupported", "jdk.zipfs", "jdk.naming.dns", "jdk.management"));
        for (String option : config.jvmOptions()) {
            if (option.startsWith("-javaagent:")) {
                modules.add("java.instrument");
            } else if (option.startsWith("-agentlib:jdwp")) {
                modules.add("jdk.jdwp.agent");
            } else if (option.startsWith("-XX:StartFlightRecording") || option.startsWith("-XX:+FlightRecorder")) {
                modules.add("jdk.jfr");
            }
        }
        return modules.stream().distinct().toList();
    }

    /** jdeps over the libraries (a step only they feed), then over the application's code; the list joined. */
    private static BuilderStage modulesStage(
            ProjectFacts facts,
            ClassSources classes,
            Set<String> extra,
            int release,
            Optional<String> builderPlatform) {
        String jdeps = "jdeps --ignore-missing-deps --print-module-deps --multi-release " + release;
        List<BuilderStep> steps = new ArrayList<>();
        List<String> joined = new ArrayList<>();
        if (!classes.libraries().isEmpty()) {
            boolean first = true;
            for (String library : classes.libraries()) {
                steps.add(copy(
                        facts,
                        first
                                ? List.of("The runtime jars alone: the step after them stays cached while they are"
                                        + " unchanged.")
                                : List.of(),
                        library,
                        LIBRARIES));
                first = false;
            }
            // javac's module comes from libraries' compile-time code (annotation processors such as
            // vertx-codegen), which no application runs: left out unless <jlinkModules> names it.
            steps.add(new Script(
                    List.of(),
                    concat(
                            jdeps(jdeps, LIBRARIES),
                            "sed -i -e 's/,jdk\\.compiler,/,/' -e 's/,jdk\\.compiler$//' " + LIBRARIES + ".txt")));
            joined.add("$(cat " + LIBRARIES + ".txt)");
        }
        boolean first = true;
        for (String code : classes.application()) {
            steps.add(copy(
                    facts,
                    first
                            ? Text.wrap(
                                    "The application's own code; then the modules it and its libraries need, with"
                                            + " those that code loads by name, which jdeps cannot see.",
                                    Planner.COMMENT_WIDTH)
                            : List.of(),
                    code,
                    APPLICATION));
            first = false;
        }
        joined.add("$(cat " + APPLICATION + ".txt)");
        joined.addAll(extra);
        steps.add(new Script(
                List.of(),
                concat(
                        jdeps(jdeps, APPLICATION),
                        // jdeps prints its modules sorted, so the list is the same for the same code; jlink
                        // takes a module named twice once.
                        "echo " + String.join(",", joined) + " > modules.txt",
                        "cat modules.txt")));
        return new BuilderStage("jlink/jdk", MODULES_STAGE, "BUILDER_IMAGE", builderPlatform, MODULES_DIR, steps);
    }

    /**
     * jdeps over the jars of a folder, their classes unpacked into one folder without their
     * {@code module-info}: a modular jar given to jdeps is a module whose {@code requires} must all be
     * there, and libraries often require what the application never loads (smallrye-config's asm).
     * Unpacked, they are plain classes on a class path, as the application runs them.
     */
    private static List<String> jdeps(String jdeps, String folder) {
        return List.of(
                "mkdir " + folder + "-classes",
                "cd " + folder + "-classes",
                "for jar in $(find ../" + folder + " -name '*.jar'); do jar xf \"$jar\"; done",
                "find . -name module-info.class -delete",
                "cd ..",
                jdeps + " " + folder + "-classes > " + folder + ".txt");
    }

    private static List<String> concat(List<String> first, String... more) {
        List<String> all = new ArrayList<>(first);
        all.addAll(List.of(more));
        return all;
    }

    /** A copy from the builder into the modules stage: a folder under its own name, a file as it is. */
    private static StageCopy copy(ProjectFacts facts, List<String> comment, String source, String into) {
        String name = source.replaceAll("/$", "");
        name = name.substring(name.lastIndexOf('/') + 1);
        return new StageCopy(
                comment,
                Folders.BUILD_STAGE,
                Folders.projectInBuilder(facts) + "/" + source,
                source.endsWith("/") ? into + "/" + name + "/" : into + "/");
    }

    /**
     * jlink on the target platform's JDK, keyed on the module list alone.
     *
     * @param modulesFile the modules stage's list, absent when {@code <jlinkModules>} names them all
     */
    private static BuilderStage jlinkStage(Optional<String> modulesFile, Set<String> extra, int release) {
        List<BuilderStep> steps = new ArrayList<>();
        String modules;
        if (modulesFile.isPresent()) {
            steps.add(new StageCopy(
                    List.of("Keyed on the module list alone: a source change that needs no other module takes this"
                            + " stage from the cache."),
                    MODULES_STAGE,
                    modulesFile.get(),
                    "/modules.txt"));
            modules = "\"$(cat /modules.txt)\"";
        } else {
            Set<String> named = new LinkedHashSet<>(List.of("java.base"));
            named.addAll(extra);
            modules = String.join(",", named);
        }
        steps.add(new Script(
                Text.wrap(
                        "A runtime of those modules only, stripped of debugging data, with the class data sharing"
                                + " archive a runtime of its own has none of otherwise; not the archive for heaps"
                                + " over 32 GB (uncompressed pointers), which a container seldom has: such a JVM"
                                + " starts without one.",
                        Planner.COMMENT_WIDTH),
                List.of(
                        "jlink --add-modules " + modules + " --strip-java-debug-attributes --no-header-files"
                                + " --no-man-pages --compress=" + (release >= 21 ? "zip-6" : "2")
                                + " --generate-cds-archive --output " + LINKED,
                        "rm -f " + LINKED + "/lib/server/classes_nocoops.jsa")));
        return new BuilderStage("jlink/jdk", JLINK_STAGE, "JDK_IMAGE", Optional.empty(), "/", steps);
    }
}
