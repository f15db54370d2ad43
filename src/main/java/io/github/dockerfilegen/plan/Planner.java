package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.PluginProperties;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuildContext;
import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.BuilderStep;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ImageArg;
import io.github.dockerfilegen.model.BuildPlan.RuntimeStage;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ImageReference;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.RuntimeFlavor;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Decides what the Dockerfile says from what the project is and what the user asked for. Pure: no
 * I/O and no Maven types, so every rule below is a plain unit test.
 *
 * <p>The rules, in the order {@link #plan} applies them:
 *
 * <ol>
 *   <li>Layout: the first of {@link Layouts#IN_ORDER} that fits (Spring Boot, Quarkus, Micronaut,
 *       uber-jar, plain jar), or {@code <layout>}. It says what the builder does after packaging,
 *       what the runtime stage copies in which layers, how the application starts and on which ports.
 *   <li>Java release: {@link JavaReleaseRule}; images: {@code <builderImage>} / {@code <runtimeImage>},
 *       else {@link ImageCatalog}.
 *   <li>Builder: {@link BuilderSteps}: the build context ({@link BuildContextRule}) is copied in, and
 *       Maven runs once; by default the repository lives in a cache mount that outlives every layer,
 *       so a source change downloads nothing. Image-building goals are skipped ({@link BuilderSkips}).
 *   <li>Runtime: the layout's layers; a numeric non-root user; exec-form {@code java} with
 *       container-aware heap sizing, the framework's flags, then {@code <jvmOptions>}; ports from
 *       {@code <ports>}, else the framework's configuration.
 *   <li>Labels: {@link Labels}.
 * </ol>
 */
public final class Planner {
    static final String HEAP_SIZING = "-XX:MaxRAMPercentage=75";
    /** Comment lines in the Dockerfile stay this short, with "# " in front. */
    static final int COMMENT_WIDTH = 98;

    private static final String PLUGIN = "io.github.dockerfilegen:dockerfile-gen-maven-plugin";
    /** What a COPY line can hold unquoted: a path of plain characters. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/?[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*/?");

    /** Libraries that serve HTTP, for the layouts that cannot know the port (a framework's layout reads it). */
    private static final List<String> HTTP_SERVERS = List.of(
            "io.javalin:javalin",
            "io.vertx:vertx-web",
            "io.helidon.webserver:helidon-webserver",
            "io.dropwizard:dropwizard-core",
            "io.undertow:undertow-core",
            "org.eclipse.jetty:jetty-server",
            "org.apache.tomcat.embed:tomcat-embed-core",
            "io.ktor:ktor-server-core-jvm",
            "com.sparkjava:spark-core",
            "io.jooby:jooby");

    /** A classifier naming an operating system and CPU, as os-maven-plugin's {@code ${os.detected.classifier}} does. */
    private static final Pattern NATIVE_CLASSIFIER = Pattern.compile(
            "(linux|osx|windows|macos)[-_](x86_64|x86-64|amd64|aarch_64|aarch64|arm64|ppcle_64|s390_64).*");

    private final String generatorVersion;

    /** @param generatorVersion the plugin's own version, written into the header */
    public Planner(String generatorVersion) {
        this.generatorVersion = generatorVersion;
    }

    /**
     * Why this project gets no Dockerfile, if it gets none: a library module of a multi-module build
     * (a jar with no main class and no framework launcher), which the application modules use.
     */
    public Optional<String> skipReason(ProjectFacts facts, GeneratorConfig config) {
        // A -D option reaches every module of the run: only the module's own POM makes a library an application.
        boolean mainClassInPom =
                config.mainClass().isPresent() && !config.commandLineOptions().containsKey(PluginProperties.MAIN_CLASS);
        boolean layoutInPom =
                config.layout().isPresent() && !config.commandLineOptions().containsKey(PluginProperties.LAYOUT);
        if (facts.reactor().isEmpty() || mainClassInPom || layoutInPom) {
            return Optional.empty();
        }
        boolean plainJar = Layouts.IN_ORDER.stream()
                .filter(layout -> layout.fits(facts).isPresent())
                .findFirst()
                .filter(layout -> layout.kind() == LayoutKind.JAR)
                .isPresent();
        boolean noMainClass = MainClassRule.candidates(facts, List.of()).stream()
                .flatMap(Optional::stream)
                .allMatch(found -> found.value().contains("${"));
        return plainJar && noMainClass
                ? Optional.of("a library of the reactor (a jar with no main class and no framework launcher)")
                : Optional.empty();
    }

    public BuildPlan plan(ProjectFacts facts, GeneratorConfig config) throws ConfigurationException {
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
        ApplicationLayout layout = Layouts.choose(facts, config, log);
        int release = JavaReleaseRule.release(facts, config, log);
        LayoutPlan app = WritableDirectories.apply(layout.plan(facts, config, release, log), facts, config, log);
        checkCopySources(facts, app.layers());
        String module = facts.reactor().map(r -> r.module() + "/").orElse("");
        log.decide(facts.runtimeDependencies().size() + " runtime dependencies");

        // The wrapper's own Maven runs on a plain JDK image: the maven images' MAVEN_CONFIG confuses mvnw.
        String builderImage = config.builderImage()
                .map(Object::toString)
                .orElseGet(() -> defaultImage(
                        config, facts.mavenWrapper() ? ImageCatalog.jdk(release) : ImageCatalog.builder(release)));
        RuntimeFlavor flavor = config.runtime().orElse(RuntimeFlavor.DISTROLESS);
        String runtimeImage = config.runtimeImage()
                .map(Object::toString)
                .orElseGet(() ->
                        defaultImage(config, app.image().orElseGet(() -> ImageCatalog.runtime(flavor, release))));
        log.decide("builder image " + builderImage + ", runtime image " + runtimeImage
                + (config.runtimeImage().isPresent()
                        ? " (<runtimeImage>)"
                        : app.image().isPresent() ? "" : " (" + flavor.id() + ")"));

        BuildContext context = BuildContextRule.of(facts, config, log);
        List<BuilderStep> steps = BuilderSteps.of(facts, config, app, context, log);
        BuilderStage builder = new BuilderStage(
                "maven",
                Folders.BUILD_STAGE,
                "BUILDER_IMAGE",
                builderPlatform(facts, config, log),
                Folders.BUILD_DIR,
                steps);

        List<Port> ports = config.ports().isEmpty() ? app.ports() : config.ports();
        if (!config.ports().isEmpty()) {
            log.decide("ports " + ports + " (from <ports>)");
        }
        if (layout.kind() == LayoutKind.JAR || layout.kind() == LayoutKind.UBER_JAR) {
            warnUnexposedServer(facts, ports, log);
        }
        List<String> entrypoint = new ArrayList<>(List.of("java", HEAP_SIZING));
        entrypoint.addAll(app.jvmFlags());
        entrypoint.addAll(config.jvmOptions());
        entrypoint.addAll(app.launch());
        RuntimeStage runtime = new RuntimeStage(
                "jre",
                Folders.RUNTIME_STAGE,
                "RUNTIME_IMAGE",
                app.workdir(),
                withExtraFiles(inModule(app.layers(), module), config, context),
                runtimeUser(config),
                ports,
                env(config),
                Labels.of(facts, config),
                entrypoint,
                config.args());

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
        String dockerfileInContext = module + dockerfilePath;
        String tag = imageTag(facts);
        return new BuildPlan(
                generatorVersion,
                dockerfilePath,
                contextDirectory,
                dockerfileInContext,
                regenerateCommand(config),
                tag,
                "DOCKER_BUILDKIT=1 docker build "
                        + (config.settingsSecret()
                                ? "--secret id=" + Folders.SETTINGS_SECRET_ID + ",src=$HOME/.m2/settings.xml "
                                : "")
                        + "-f " + dockerfileInContext + " -t " + tag + " .",
                "docker run --rm" + publishFlags(ports) + " " + tag,
                List.of(new ImageArg("BUILDER_IMAGE", builderImage), new ImageArg("RUNTIME_IMAGE", runtimeImage)),
                context,
                builder,
                runtime,
                log.decisions,
                log.warnings);
    }

    /** Where the Dockerfile goes, relative to the project: {@code <outputDirectory>/Dockerfile}. */
    public static String dockerfilePath(GeneratorConfig config) {
        return ".".equals(config.outputDirectory()) ? "Dockerfile" : config.outputDirectory() + "/Dockerfile";
    }

    /**
     * The numeric user the application runs as: {@code <user>}, else distroless's nonroot; in group 0
     * under {@code <openshift>}.
     */
    static RuntimeUser runtimeUser(GeneratorConfig config) {
        RuntimeUser user = config.user().orElse(RuntimeUser.NONROOT);
        return config.openshift() ? new RuntimeUser(user.uid(), Optional.of(0L)) : user;
    }

    /** {@code <env>}, and under {@code <openshift>} a {@code HOME} the arbitrary uid can write to. */
    private static SortedMap<String, String> env(GeneratorConfig config) {
        SortedMap<String, String> env = new TreeMap<>(config.env());
        if (config.openshift()) {
            env.putIfAbsent("HOME", WritableDirectories.OPENSHIFT_HOME);
        }
        return env;
    }

    /**
     * The builder's {@code FROM --platform}: the build machine's own, so that an image for another
     * architecture does not run Maven under emulation. Its output (class files, jars) runs anywhere; a
     * native library chosen by the build machine's platform does not, which the log points out.
     */
    private static String builderPlatform(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        if (!config.builderOnBuildPlatform()) {
            log.decide("the builder runs on the image's platform (<builderOnBuildPlatform>false): an image for"
                    + " another architecture builds under emulation");
            return "";
        }
        facts.runtimeDependencies().stream()
                .filter(d -> NATIVE_CLASSIFIER.matcher(d.classifier()).matches())
                .findFirst()
                .ifPresent(d -> log.warn(d + " holds native code for one platform, which the builder picks on the"
                        + " build machine's: an image built for another architecture gets the wrong one. Build"
                        + " on a machine of the image's architecture, name the classifier for it, or set"
                        + " <builderOnBuildPlatform>false."));
        return "$BUILDPLATFORM";
    }

    /** A default image's full name, on {@code <imageMirror>} when one is set. */
    private static String defaultImage(GeneratorConfig config, String image) {
        String qualified = ImageReference.fullyQualified(image);
        return config.imageMirror().map(mirror -> mirror.map(qualified)).orElse(qualified);
    }

    /** The {@code <extraFiles>}, from the build context, after the application's layers. */
    private static List<CopyStep> withExtraFiles(List<CopyStep> layers, GeneratorConfig config, BuildContext context) {
        List<CopyStep> copies = new ArrayList<>(layers);
        for (var extra : config.extraFiles()) {
            // As the context sends it: a folder ends with '/'.
            String source = context.runtimePaths().contains(extra.from() + "/") ? extra.from() + "/" : extra.from();
            copies.add(new CopyStep("", source, extra.into(), "", extra.mode().orElse("")));
        }
        return copies;
    }

    /** The layers' sources as the builder sees them: a module's output lies in its folder under /build. */
    private static List<CopyStep> inModule(List<CopyStep> layers, String module) {
        return layers.stream()
                .map(copy -> copy.source().startsWith(Folders.BUILD_DIR + "/")
                        ? new CopyStep(
                                copy.fromStage(),
                                Folders.BUILD_DIR + "/" + module
                                        + copy.source().substring(Folders.BUILD_DIR.length() + 1),
                                copy.target(),
                                copy.owner(),
                                copy.mode())
                        : copy)
                .toList();
    }

    /** An HTTP server library without a known port: the image would EXPOSE nothing and the run command publish nothing. */
    private static void warnUnexposedServer(ProjectFacts facts, List<Port> ports, PlanLog log) {
        if (!ports.isEmpty()) {
            return;
        }
        HTTP_SERVERS.stream()
                .filter(server -> facts.runtimeDependencies().stream()
                        .anyMatch(d -> (d.groupId() + ":" + d.artifactId()).equals(server)))
                .findFirst()
                .ifPresent(server -> log.warn(server + " is an HTTP server on the runtime classpath, but no port is"
                        + " known, so the image exposes none: set <ports> (for example"
                        + " -Ddockerfile-gen.ports=8080)."));
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
    private static void checkPomText(String element, String value) throws ConfigurationException {
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
