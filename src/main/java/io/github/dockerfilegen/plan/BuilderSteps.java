package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.BuildContext;
import io.github.dockerfilegen.model.BuildPlan.BuilderStep;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.BuildPlan.Env;
import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.DependencyCache;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.MavenWrapper;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The builder stage's steps, in the order their inputs change least often: the build context's
 * copies ({@link BuildContextRule}), with the CA certificates trusted right after their copies, the
 * wrapper's Maven downloaded right after the wrapper's, the dependency layer (CI fleets) right
 * before the sources, then the one Maven run and what the layout does with its output.
 */
final class BuilderSteps {
    /** Where update-ca-certificates reads local certificates on Debian and Ubuntu builder images. */
    private static final String CA_FOLDER = "/usr/local/share/ca-certificates/";
    /** Resolves what the POMs name, plugins included; pinned, as the builder's Maven may be old. */
    private static final String GO_OFFLINE = "org.apache.maven.plugins:maven-dependency-plugin:3.11.0:go-offline";

    /** The {@code <builderArgs>} that skip tests: the test stage leaves them out. */
    private static final Pattern SKIPS_TESTS = Pattern.compile("-D(skipTests|maven\\.test\\.skip|skipITs)(=true)?");

    /**
     * Maven's JVM compiles with C1 alone: a build's JVM lives for seconds or minutes, too short for C2's
     * compilations to pay back (a rebuild of a small application takes a quarter less). On the default
     * builder images only, which set no {@code MAVEN_OPTS}: a {@code <builderImage>} keeps its own.
     */
    private static final Env C1_ONLY = new Env(
            List.of(
                    "Maven's JVM compiles with C1 alone: it lives too short for C2 to pay back.",
                    "A .mvn/jvm.config replaces this."),
            "MAVEN_OPTS",
            "-XX:TieredStopAtLevel=1");

    private BuilderSteps() {}

    /**
     * The builder's steps, and the test stage's run when {@code <testStage>} asks for one.
     *
     * @param steps the builder stage's steps
     * @param tests the test stage's one Maven run ({@code verify}, tests included), if there is one
     */
    record Steps(List<BuilderStep> steps, Optional<ShellRun> tests) {}

    /** @param localArtifacts what the Maven runs put into the builder's repository first, if anything */
    static Steps of(
            ProjectFacts facts,
            GeneratorConfig config,
            LayoutPlan app,
            BuildContext context,
            Optional<RepositoryFiles> localArtifacts,
            PlanLog log)
            throws ConfigurationException {
        List<String> skips = BuilderSkips.skips(facts, log);
        List<String> mounts = mounts(facts, config, localArtifacts);
        Maven maven = new Maven(mavenInvocation(facts, skips, config.builderArgs()), mounts, localArtifacts);
        List<BuilderStep> steps = new ArrayList<>();
        if (facts.mavenJvmConfig()) {
            log.decide("Maven's JVM in the builder: the options of .mvn/jvm.config");
        } else if (config.builderImage().isEmpty()) {
            steps.add(C1_ONLY);
        }
        steps.addAll(BuildContextRule.copies(context));
        if (!config.builderCertificates().isEmpty()) {
            steps.add(
                    afterCopiesOf(steps, config.builderCertificates()),
                    trustCertificates(config.builderCertificates()));
        }
        if (facts.mavenWrapper().isPresent()) {
            checkWrapper(facts.mavenWrapper().get());
            log.decide("Maven wrapper: the builder runs ./mvnw, with the Maven version .mvn/wrapper pins");
            steps.add(afterCopiesOf(steps, List.of(".mvn/", BuildContextRule.WRAPPER)), wrapperDownload());
        }
        if (config.dependencyCache() == DependencyCache.LAYER) {
            log.decide("dependencies in a layer of their own (<dependencyCache>layer), for a registry cache");
            steps.add(firstSourceCopy(steps, facts), dependencyLayer(maven));
        }
        steps.add(packageStep(maven, app, facts, config));
        Optional<ShellRun> tests = Optional.empty();
        if (config.testStage()) {
            List<String> args = config.builderArgs().stream()
                    .filter(arg -> !SKIPS_TESTS.matcher(arg).matches())
                    .toList();
            log.decide("a test stage runs the tests (mvn verify" + (args.isEmpty() ? "" : " " + String.join(" ", args))
                    + "); the image does not depend on it");
            tests = Optional.of(testRun(new Maven(mavenInvocation(facts, skips, args), mounts, localArtifacts)));
        }
        return new Steps(steps, tests);
    }

    /** The tests, built on the builder's output: the same cache mount, the same sources, tests not skipped. */
    private static ShellRun testRun(Maven maven) {
        return new ShellRun(
                Text.wrap(
                        "The project's tests, in the builder's environment: docker build --target test runs them; the"
                                + " image does not need this stage, so a plain build skips it." + maven.note(),
                        Planner.COMMENT_WIDTH),
                maven.mounts(),
                maven.run("verify"));
    }

    /**
     * How the builder runs Maven.
     *
     * @param command Maven with its options, the goal left out
     * @param mounts the {@code RUN --mount} options every Maven run gets
     * @param localArtifacts what each run first copies into the repository, if anything
     */
    private record Maven(List<String> command, List<String> mounts, Optional<RepositoryFiles> localArtifacts) {
        /** The run of this goal: the local artifacts put into the repository first, then Maven. */
        List<List<String>> run(String goal) {
            List<List<String>> commands = new ArrayList<>();
            localArtifacts.ifPresent(artifacts -> commands.add(
                    List.of("cp", "-R", Folders.LOCAL_ARTIFACTS_MOUNT + "/.", Folders.MAVEN_REPOSITORY + "/")));
            commands.add(append(command, goal));
            return commands;
        }

        /** What the comment says of the local artifacts, if any. */
        String note() {
            return localArtifacts
                    .map(a -> " This machine's own build of the plugin the POM binds, which no repository has, is"
                            + " put into the repository first.")
                    .orElse("");
        }
    }

    /**
     * A wrapper committed with Windows line endings stops the builder with an error that names neither
     * the file nor the fix ({@code /bin/sh^M: bad interpreter}, or a download URL ending in {@code \r}):
     * said here instead. The properties' line endings matter only to a script that reads them without
     * trimming (maven-wrapper 3.1 and older) to download its jar.
     */
    private static void checkWrapper(MavenWrapper wrapper) throws ConfigurationException {
        String fix = " Check it out with Unix line endings: add \"mvnw text eol=lf\" and"
                + " \".mvn/wrapper/maven-wrapper.properties text eol=lf\" to .gitattributes, then run"
                + " git add --renormalize . (or convert them with dos2unix).";
        if (wrapper.scriptHasCrlf()) {
            throw new ConfigurationException(
                    "mvnw has Windows line endings (CRLF), so the builder's /bin/sh cannot run" + " it." + fix);
        }
        if (wrapper.propertiesHaveCrlf() && !wrapper.scriptTrimsValues() && !wrapper.jarPresent()) {
            throw new ConfigurationException(".mvn/wrapper/maven-wrapper.properties has Windows line endings (CRLF),"
                    + " and this mvnw reads the URL it downloads the wrapper from with the carriage return kept,"
                    + " so the builder's download fails." + fix);
        }
    }

    /** Right after the last copy of one of these sources: what they bring in is there from that step on. */
    private static int afterCopiesOf(List<BuilderStep> steps, List<String> sources) {
        int after = 0;
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof ContextCopy copy && sources.contains(copy.source())) {
                after = i + 1;
            }
        }
        return after;
    }

    /** The wrapper downloads its Maven into a layer of its own, which only a wrapper change rebuilds. */
    private static ShellRun wrapperDownload() {
        return new ShellRun(
                List.of("The Maven version the wrapper pins, downloaded once: this layer changes with .mvn/ only."),
                List.of(),
                List.of(List.of("./" + BuildContextRule.WRAPPER, "--version")));
    }

    /**
     * The operating system's store (curl, the wrapper's download) and the JVM's (Maven) trust the
     * certificates; keytool is needed too, as Temurin's JDK keeps a store of its own.
     */
    private static ShellRun trustCertificates(List<String> certificates) {
        List<List<String>> commands = new ArrayList<>();
        for (String certificate : certificates) {
            commands.add(List.of("cp", certificate, CA_FOLDER + alias(certificate) + ".crt"));
        }
        commands.add(List.of("update-ca-certificates"));
        for (String certificate : certificates) {
            commands.add(List.of(
                    "keytool",
                    "-importcert",
                    "-noprompt",
                    "-cacerts",
                    "-storepass",
                    "changeit",
                    "-alias",
                    alias(certificate),
                    "-file",
                    certificate));
        }
        return new ShellRun(
                List.of(
                        "The builder trusts these CA certificates (<builderCertificates>); the runtime stage does not."),
                List.of(),
                commands);
    }

    /** A certificate's name in the stores: from its path, so two files of the same name stay apart. */
    private static String alias(String certificate) {
        return "dockerfile-gen-"
                + certificate
                        .substring(0, certificate.length() - ".crt".length())
                        .replace('/', '-');
    }

    /** Where the sources' copies start: the dependency layer goes right before them. */
    private static int firstSourceCopy(List<BuilderStep> steps, ProjectFacts facts) {
        List<String> sources = BuildContextRule.sources(facts);
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof ContextCopy copy && sources.contains(copy.source())) {
                return i;
            }
        }
        return steps.size();
    }

    /** The dependencies and plugins the POMs name, resolved into a layer that only a POM change rebuilds. */
    private static ShellRun dependencyLayer(Maven maven) {
        return new ShellRun(
                Text.wrap(
                        "Dependencies and plugins, resolved from the POMs into a layer of their own: a registry cache"
                                + " (--cache-from) restores it on a fresh machine, which a cache mount cannot."
                                + maven.note(),
                        Planner.COMMENT_WIDTH),
                maven.mounts(),
                maven.run(GO_OFFLINE));
    }

    private static List<String> append(List<String> command, String last) {
        List<String> result = new ArrayList<>(command);
        result.add(last);
        return result;
    }

    /** The one Maven run, and what the layout does with its output (in the module's folder), in one layer. */
    private static ShellRun packageStep(Maven maven, LayoutPlan app, ProjectFacts facts, GeneratorConfig config) {
        String why = (config.dependencyCache() == DependencyCache.LAYER
                        ? "Maven builds with the dependencies of the layer above."
                        : "Maven runs once: the repository is a cache mount that outlives this layer, so a source"
                                + " change downloads nothing.")
                + (config.settingsSecret()
                        ? " settings.xml is a secret, mounted for this run only: it is in no layer."
                        : "")
                + maven.note();
        List<List<String>> commands = new ArrayList<>(maven.run("package"));
        if (!app.afterPackage().isEmpty() && facts.reactor().isPresent()) {
            commands.add(List.of("cd", facts.reactor().get().module()));
        }
        commands.addAll(app.afterPackage());
        return new ShellRun(
                Text.wrap((why + " " + app.afterPackageNote().orElse("")).strip(), Planner.COMMENT_WIDTH),
                maven.mounts(),
                commands);
    }

    private static List<String> mounts(
            ProjectFacts facts, GeneratorConfig config, Optional<RepositoryFiles> localArtifacts) {
        List<String> mounts = new ArrayList<>();
        if (config.dependencyCache() == DependencyCache.MOUNT) {
            mounts.add("type=cache,target=" + Folders.MAVEN_REPOSITORY);
        }
        localArtifacts.ifPresent(artifacts -> mounts.add("type=bind,source="
                + Folders.inContext(facts, artifacts.folder()) + ",target=" + Folders.LOCAL_ARTIFACTS_MOUNT));
        if (config.settingsSecret()) {
            mounts.add("type=secret,id=" + Folders.SETTINGS_SECRET_ID + ",target=" + Folders.MAVEN_SETTINGS
                    + ",required=true");
        }
        return mounts;
    }

    /**
     * Maven with its options, the goal left out.
     *
     * @param skips the goals skipped inside the builder ({@link BuilderSkips})
     * @param args the user's {@code <builderArgs>}, as this run takes them
     */
    private static List<String> mavenInvocation(ProjectFacts facts, List<String> skips, List<String> args) {
        // -Ddockerfile-gen.skip: a project that binds this plugin must not regenerate inside the image.
        String maven = facts.mavenWrapper().isPresent() ? "./" + BuildContextRule.WRAPPER : "mvn";
        List<String> command = new ArrayList<>(List.of(maven, "-B", "-Ddockerfile-gen.skip=true"));
        command.addAll(skips);
        command.addAll(args);
        facts.reactor().ifPresent(reactor -> {
            // The module and the modules it needs, with the profiles that may declare them.
            command.addAll(List.of("-pl", reactor.module(), "-am"));
            if (!reactor.profiles().isEmpty()) {
                command.add("-P" + String.join(",", reactor.profiles()));
            }
        });
        return command;
    }
}
