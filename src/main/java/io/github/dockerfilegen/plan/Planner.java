package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuildContext;
import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ImageArg;
import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.BuildPlan.RuntimeStage;
import io.github.dockerfilegen.model.BuildPlan.ServerSetup;
import io.github.dockerfilegen.model.BuildPlan.TestStage;
import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.Text;
import io.github.dockerfilegen.plan.LayoutPlan.ServerStart;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.regex.Pattern;

/**
 * Decides what the Dockerfile says from what the project is and what the user asked for. Pure: no
 * I/O and no Maven types, so every rule below is a plain unit test.
 *
 * <p>The rules, in the order {@link #decide} applies them, each in a class of its own:
 *
 * <ol>
 *   <li>Whether there is anything to plan: {@link SkipRule} (pom projects, a reactor's libraries).
 *   <li>Layout: the first of {@link Layouts#IN_ORDER} that fits (Spring Boot, Quarkus, Micronaut,
 *       uber-jar, plain jar, war), or {@code <layout>}. It says what the builder does after packaging,
 *       what the runtime stage copies in which layers, how the application starts and what it knows
 *       of its ports; the main class is {@link MainClassRule}'s. A Dropwizard service in a jar layout
 *       needs {@code <args>}, and its ports are its configuration file's: {@link DropwizardRule}.
 *   <li>Java release: {@link JavaReleaseRule}; base images: {@link BaseImageRule}, from {@link
 *       ImageCatalog}.
 *   <li>Builder: {@link BuilderSteps}: the build context ({@link BuildContextRule}) is copied in, and
 *       Maven runs once; by default the repository lives in a cache mount that outlives every layer,
 *       so a source change downloads nothing. Image-building goals are skipped ({@link BuilderSkips}).
 *   <li>Runtime: the layout's layers ({@link WritableDirectories} adds the folders it writes to); a
 *       numeric non-root user ({@link UserRule}); exec-form {@code java} with container-aware heap
 *       sizing, the framework's flags, then {@code <jvmOptions>}; ports: {@link PortRule}.
 *   <li>Labels: {@link Labels}.
 * </ol>
 */
public final class Planner {
    /** The runtime stage's template for every layout but a server's own. */
    static final String JRE_TEMPLATE = "runtime/jre";

    static final String HEAP_SIZING = "-XX:MaxRAMPercentage=75";
    /** Comment lines in the Dockerfile stay this short, with "# " in front. */
    static final int COMMENT_WIDTH = 98;

    /** This plugin, by coordinates: the printed commands work without a pluginGroups entry. */
    public static final String PLUGIN = "io.github.dockerfilegen:dockerfile-gen-maven-plugin";
    /** What a COPY line can hold unquoted: a path of plain characters. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/?[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*/?");

    /** A JVM option a server's start script passes on as it is: no space, quote, {@code $} or backslash. */
    private static final Pattern SHELL_WORD = Pattern.compile("[A-Za-z0-9._,:=/+@%-]+");

    /** Maven's property for reproducible archives; the archiver plugins default their own to it. */
    private static final String OUTPUT_TIMESTAMP = "project.build.outputTimestamp";

    private static final List<String> ARCHIVERS =
            List.of(MainClassRule.JAR_PLUGIN, "org.apache.maven.plugins:maven-war-plugin");

    /** A classifier naming an operating system and CPU, as os-maven-plugin's {@code ${os.detected.classifier}} does. */
    private static final Pattern NATIVE_CLASSIFIER = Pattern.compile(
            "(linux|osx|windows|macos)[-_](x86_64|x86-64|amd64|aarch_64|aarch64|arm64|ppcle_64|s390_64).*");

    private final String generatorVersion;

    /** @param generatorVersion the plugin's own version, written into the header */
    public Planner(String generatorVersion) {
        this.generatorVersion = generatorVersion;
    }

    /** What planning came to: a plan, or why the project gets no Dockerfile. */
    public sealed interface Planned {
        /**
         * The project gets no Dockerfile.
         *
         * @param reason why, for the log
         * @param dockerfilePath where its Dockerfile would be, relative to the project
         * @param removesEarlierFiles whether files an earlier run wrote there are stale
         */
        record Skip(String reason, String dockerfilePath, boolean removesEarlierFiles) implements Planned {}

        /** The plan for the project's Dockerfile. */
        record Ready(BuildPlan plan) implements Planned {}
    }

    /** Plans the project's Dockerfile, or says why it gets none. */
    public Planned decide(ProjectFacts facts, GeneratorConfig config) throws ConfigurationException {
        Optional<Layouts.Fit> detected = Layouts.detect(facts);
        Optional<SkipRule.Skip> skip = SkipRule.reason(facts, config, detected);
        if (skip.isPresent()) {
            return new Planned.Skip(
                    skip.get().reason(), dockerfilePath(config), skip.get().removesEarlierFiles());
        }
        return new Planned.Ready(plan(facts, config, detected));
    }

    /** The plan for a project that gets a Dockerfile: {@link #decide}, for callers that know it is not skipped. */
    public BuildPlan plan(ProjectFacts facts, GeneratorConfig config) throws ConfigurationException {
        Planned planned = decide(facts, config);
        if (planned instanceof Planned.Skip skip) {
            throw new IllegalStateException(facts.artifactId() + " gets no Dockerfile: " + skip.reason());
        }
        return ((Planned.Ready) planned).plan();
    }

    private BuildPlan plan(ProjectFacts facts, GeneratorConfig config, Optional<Layouts.Fit> detected)
            throws ConfigurationException {
        PlanLog log = new PlanLog();
        checkPomText("<version>", facts.version());
        checkPomText("<artifactId>", facts.artifactId());
        for (RuntimeDependency dependency : facts.runtimeDependencies()) {
            checkPomText("<dependencies> entry", dependency.repositoryPath());
        }
        if (Folders.outsideProject(facts.buildDirectory())) {
            throw new ConfigurationException("<build><directory> " + facts.buildDirectory() + " is outside the"
                    + " project, so the builder's copy of the project would build elsewhere than the Dockerfile"
                    + " looks. Keep <directory> inside the project, such as target or build.");
        }
        ApplicationLayout layout = Layouts.choose(facts, config, detected, log);
        Optional<PortRule.Listening> dropwizard = DropwizardRule.listening(facts, config, layout.kind(), log);
        int release = JavaReleaseRule.release(facts, config, log);
        LayoutPlan laidOut = WritableDirectories.apply(layout.plan(facts, config, release, log), facts, config, log);
        checkCopySources(facts, laidOut.layers());
        Optional<ServerSetup> setup = laidOut.server().flatMap(ServerStart::setup);
        if (setup.isPresent()) {
            checkCopySources(facts, setup.get().application());
        }
        log.decide(facts.runtimeDependencies().size() + " runtime dependencies");
        noteUnreproducibleArchive(facts, log);

        Optional<StartupCacheRule.Cache> cache = StartupCacheRule.plan(config, laidOut, release, log);
        LayoutPlan app = cache.isPresent() ? StartupCacheRule.withEpochTimes(laidOut) : laidOut;
        Optional<String> builderPlatform = builderPlatform(facts, config, log);
        Optional<JlinkRule.Linked> linked =
                JlinkRule.plan(facts, config, layout.kind(), app, release, builderPlatform, log);
        BaseImageRule.BaseImages images = BaseImageRule.choose(facts, config, app, release, log);

        Optional<RepositoryFiles> localArtifacts = BoundPluginRule.localArtifacts(facts, config, log);
        BuildContext context = BuildContextRule.of(facts, config, localArtifacts, log);
        BuilderSteps.Steps steps = BuilderSteps.of(facts, config, app, context, localArtifacts, log);
        BuilderStage builder = new BuilderStage(
                "builder/maven",
                Folders.BUILD_STAGE,
                "BUILDER_IMAGE",
                builderPlatform,
                Folders.BUILD_DIR,
                steps.steps());
        Optional<TestStage> tests = steps.tests()
                .map(run -> new TestStage("test/maven", Folders.TEST_STAGE, Folders.BUILD_STAGE, List.of(run)));

        List<Port> ports = PortRule.ports(facts, config, dropwizard.orElse(app.listening()), log);
        List<String> jvmOptions = new ArrayList<>(List.of(HEAP_SIZING));
        jvmOptions.addAll(app.jvmFlags());
        jvmOptions.addAll(config.jvmOptions());
        List<String> entrypoint = new ArrayList<>();
        if (app.server().isPresent()) {
            entrypoint.addAll(app.server().get().command());
        } else {
            entrypoint.add("java");
            entrypoint.addAll(jvmOptions);
            cache.ifPresent(made -> entrypoint.add(made.use()));
            entrypoint.addAll(app.launch());
        }
        // The training run: the same java (by path, as the image's PATH is set after it), the same options.
        String java = linked.isPresent() ? JlinkRule.JAVA_HOME + "/bin/java" : "java";
        Optional<List<String>> training = cache.map(made -> made.trainingRun(java, jvmOptions, app.launch()));
        List<CopyStep> copies = new ArrayList<>();
        linked.ifPresent(runtimeOf -> copies.add(runtimeOf.runtimeCopy()));
        copies.addAll(withExtraFiles(app.layers(), config, context));
        SortedMap<String, String> env = UserRule.environment(config);
        linked.ifPresent(runtimeOf -> runtimeOf.env().forEach(env::putIfAbsent));
        if (app.server().isPresent()) {
            env.putIfAbsent(app.server().get().optionsVariable(), serverOptions(jvmOptions));
            app.server().get().environment().forEach(env::putIfAbsent);
        }
        RuntimeStage runtime = RuntimeStage.builder()
                .template(app.server().map(ServerStart::template).orElse(JRE_TEMPLATE))
                .name(Folders.RUNTIME_STAGE)
                .imageArg("RUNTIME_IMAGE")
                .workdir(app.workdir())
                .copies(copies)
                .user(app.server()
                        .map(server -> UserRule.serverUser(config, server.user(), log))
                        .orElseGet(() -> UserRule.user(config)))
                .ports(ports)
                .env(env)
                .labels(Labels.of(facts, config))
                .entrypoint(entrypoint)
                .cmd(config.args())
                .training(training)
                .serverSetup(app.server().flatMap(ServerStart::setup))
                .build();

        facts.installedOnly()
                .forEach(artifact -> log.warn(artifact + " is in this machine's local repository only because it was"
                        + " installed there; the builder cannot resolve it, as ~/.m2 never reaches its cache. Deploy it"
                        + " to a repository the builder reads, or build it in the same reactor and generate from the"
                        + " reactor's root."));
        if (facts.reactor().isEmpty()) {
            warnLocalParent(facts, log, PLUGIN + ":" + generatorVersion + ":generate");
        } else {
            log.decide("reactor module " + facts.reactor().get().module() + ": the build context is the reactor's"
                    + " root; the builder builds it with -pl "
                    + facts.reactor().get().module() + " -am");
        }
        String dockerfilePath = dockerfilePath(config);
        String contextDirectory = facts.reactor()
                .map(r -> String.join("/", Collections.nCopies(r.module().split("/").length, "..")))
                .orElse(".");
        String dockerfileInContext = facts.reactor().map(r -> r.module() + "/").orElse("") + dockerfilePath;
        String tag = imageTag(facts);
        String build = "DOCKER_BUILDKIT=1 docker build "
                + (config.settingsSecret()
                        ? "--secret id=" + Folders.SETTINGS_SECRET_ID + ",src=$HOME/.m2/settings.xml "
                        : "");
        BuildPlan.Builder plan = BuildPlan.builder()
                .generatorVersion(generatorVersion)
                .dockerfile(dockerfilePath, contextDirectory, dockerfileInContext)
                .regenerateCommand(regenerateCommand(config))
                .imageTag(tag)
                .buildCommand(build + "-f " + dockerfileInContext + " -t " + tag + " .")
                .runCommand("docker run --rm" + publishFlags(ports) + " " + tag)
                // Never tagged: the test stage is not the application's image.
                .testCommand(
                        tests.map(stage -> build + "--target " + stage.name() + " -f " + dockerfileInContext + " ."))
                .imageArgs(imageArgs(images))
                .context(context)
                .stage(builder);
        tests.ifPresent(plan::stage);
        linked.ifPresent(runtimeOf -> runtimeOf.stages().forEach(plan::stage));
        return plan.stage(runtime)
                .localArtifacts(localArtifacts)
                .log(log.decisions, log.warnings)
                .build();
    }

    /**
     * JVM options for a server's start script, which splits them at spaces and expands what a shell
     * would: each must be one plain word.
     */
    private static String serverOptions(List<String> jvmOptions) throws ConfigurationException {
        for (String option : jvmOptions) {
            if (!SHELL_WORD.matcher(option).matches()) {
                throw new ConfigurationException("<jvmOptions> " + Text.quoteForMessage(option) + ": an application"
                        + " server's start script splits its JVM options at spaces and expands $, quotes and"
                        + " backslashes, so each option must be one word of letters, digits and . , : = / + @ % _ -"
                        + " characters. Split it into several <jvmOption> entries, or put a value with such"
                        + " characters into a file the server reads (<extraFiles>).");
            }
        }
        return String.join(" ", jvmOptions);
    }

    /** {@code ARG}s naming the base images, in the order their stages come. */
    private static List<ImageArg> imageArgs(BaseImageRule.BaseImages images) {
        List<ImageArg> args = new ArrayList<>(List.of(new ImageArg("BUILDER_IMAGE", images.builder())));
        images.jdk().ifPresent(jdk -> args.add(new ImageArg("JDK_IMAGE", jdk)));
        args.add(new ImageArg("RUNTIME_IMAGE", images.runtime()));
        return args;
    }

    /** Where the Dockerfile goes, relative to the project: {@code <outputDirectory>/Dockerfile}. */
    public static String dockerfilePath(GeneratorConfig config) {
        return ".".equals(config.outputDirectory()) ? "Dockerfile" : config.outputDirectory() + "/Dockerfile";
    }

    /**
     * The builder's {@code FROM --platform}: the build machine's own, so that an image for another
     * architecture does not run Maven under emulation. Its output (class files, jars) runs anywhere; a
     * native library chosen by the build machine's platform does not, which the log points out.
     */
    private static Optional<String> builderPlatform(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        if (!config.builderOnBuildPlatform()) {
            log.decide("the builder runs on the image's platform (<builderOnBuildPlatform>false): an image for"
                    + " another architecture builds under emulation");
            return Optional.empty();
        }
        facts.runtimeDependencies().stream()
                .filter(d -> d.classifier()
                        .filter(c -> NATIVE_CLASSIFIER.matcher(c).matches())
                        .isPresent())
                .findFirst()
                .ifPresent(d -> log.warn(d + " holds native code for one platform, which the builder picks on the"
                        + " build machine's: an image built for another architecture gets the wrong one. Build"
                        + " on a machine of the image's architecture, name the classifier for it, or set"
                        + " <builderOnBuildPlatform>false."));
        return Optional.of("$BUILDPLATFORM");
    }

    /** The {@code <extraFiles>}, from the build context, after the application's layers. */
    private static List<CopyStep> withExtraFiles(List<CopyStep> layers, GeneratorConfig config, BuildContext context) {
        List<CopyStep> copies = new ArrayList<>(layers);
        for (var extra : config.extraFiles()) {
            // As the context sends it: a folder ends with '/'.
            String source = context.runtimePaths().contains(extra.from() + "/") ? extra.from() + "/" : extra.from();
            copies.add(CopyStep.fromContext(source, extra.into()).withMode(extra.mode()));
        }
        return copies;
    }

    /**
     * Without {@code project.build.outputTimestamp} (or the archiver plugin's own {@code <outputTimestamp>})
     * the jar's entries carry the build time: the same sources make other bytes, and so a new
     * application layer, every time the builder's Maven runs again. Said, never set behind the user's back.
     */
    private static void noteUnreproducibleArchive(ProjectFacts facts, PlanLog log) {
        boolean pinned = facts.properties().get(OUTPUT_TIMESTAMP).isPresent()
                || ARCHIVERS.stream()
                        .anyMatch(plugin -> MainClassRule.pluginValue(
                                        facts, plugin, BuildPlugin.ANY_EXECUTION, "outputTimestamp")
                                .isPresent());
        if (!pinned) {
            log.decide(OUTPUT_TIMESTAMP + " is not set, so the " + facts.packaging() + "'s entries carry the time"
                    + " it was built: whenever the builder's Maven runs again, the application layer changes even if"
                    + " no class did. Set <" + OUTPUT_TIMESTAMP + ">2024-01-01T00:00:00Z</" + OUTPUT_TIMESTAMP
                    + "> in <properties> for the same bytes from the same sources");
        }
    }

    /** A reactor module's parent POM is not in the build context, which holds this module only. */
    private static void warnLocalParent(ProjectFacts facts, PlanLog log, String goal) {
        facts.localParent()
                .ifPresent(parent -> log.warn("The parent POM " + parent + " is outside this module's build context,"
                        + " so the builder must find it in a repository, and ~/.m2 never reaches its cache. Generate"
                        + " from the reactor's root (mvn package " + goal + " there), whose build context"
                        + " holds the parent, or deploy the parent to a repository the builder reads."));
    }

    /** The goal by coordinates (works without a pluginGroups entry), with this run's -D options. */
    private String regenerateCommand(GeneratorConfig config) {
        StringBuilder command = new StringBuilder("mvn " + PLUGIN + ":" + generatorVersion + ":generate");
        config.commandLineOptions()
                .forEach((name, value) -> command.append(' ').append(Text.shellWord("-D" + name + "=" + value)));
        return command.toString();
    }

    /** POM data that lands in the Dockerfile as it is: one line, and short enough for BuildKit's line limit. */
    static void checkPomText(String element, String value) throws ConfigurationException {
        if (Text.hasLineBreakOrControl(value) || value.length() > Text.MAX_VALUE_LENGTH) {
            throw new ConfigurationException("The project's " + element + " "
                    + Text.quoteForMessage(value.length() > 80 ? value.substring(0, 80) + "..." : value)
                    + " has a line break or control"
                    + " character, or is longer than " + Text.MAX_VALUE_LENGTH
                    + " characters; no Dockerfile line can hold it."
                    + " Fix it in the POM.");
        }
    }

    /** COPY takes its paths unquoted: the jar names the project chose must be plain. */
    private static void checkCopySources(ProjectFacts facts, List<CopyStep> layers) throws ConfigurationException {
        for (CopyStep layer : layers) {
            if (!PLAIN_PATH.matcher(layer.source()).matches() || layer.source().contains("/../")) {
                throw new ConfigurationException("The artifact path " + Text.quoteForMessage(layer.source())
                        + " (from <build><finalName> " + Text.quoteForMessage(facts.finalName()) + " or a packaging"
                        + " plugin's output name) has characters a Dockerfile COPY would misread. Use letters, digits,"
                        + " '.', '-', '_' and '+' in <finalName>.");
            }
        }
    }

    /** {@code artifactId:version} as a valid Docker tag: lower-case name, and no character a tag forbids. */
    static String imageTag(ProjectFacts facts) {
        String name = facts.artifactId()
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9._-]+", "-")
                .replaceAll("^[^a-z0-9]+", "")
                .replaceAll("[^a-z0-9]+$", "");
        String tag = facts.version().replaceAll("[^A-Za-z0-9_.-]+", "-").replaceAll("^[.-]+", "");
        if (name.isEmpty()) {
            name = "app";
        }
        if (tag.isEmpty()) {
            tag = "latest";
        }
        return name + ":" + (tag.length() > 128 ? tag.substring(0, 128) : tag);
    }

    private static String publishFlags(List<Port> ports) {
        StringBuilder flags = new StringBuilder();
        for (Port port : ports) {
            flags.append(' ').append(port.publishFlag());
        }
        return flags.toString();
    }
}
