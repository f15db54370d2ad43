package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.FileCopy;
import io.github.dockerfilegen.model.BuildPlan.ImageArg;
import io.github.dockerfilegen.model.BuildPlan.RuntimeStage;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.JavaLevels;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides what the Dockerfile says from what the project is and what the user asked for. Pure: no
 * I/O and no Maven types, so every rule below is a plain unit test.
 *
 * <p>The rules, in the order {@link #plan} applies them:
 *
 * <ol>
 *   <li>Packaging: {@code jar} is supported; anything else fails, naming what is.
 *   <li>Java release: {@code <javaVersion>}, else the release or target the compiler uses, else 17;
 *       then the smallest LTS at or above it (17, 21, 25); newer than 25 fails.
 *   <li>Main class: {@code <mainClass>}, else what inspection found; none fails.
 *   <li>Images: {@code <builderImage>} / {@code <runtimeImage>}, else the catalog row for the
 *       release and runtime flavour.
 *   <li>Builder: a first Maven run with only {@code pom.xml} fills the Maven cache mount, so a
 *       source change downloads nothing; then Maven packages the project, and the same step copies
 *       the runtime dependencies that inspection resolved out of the cache (no extra plugin, so a
 *       cold build downloads what {@code mvn package} needs and nothing more).
 *   <li>Runtime: dependencies, then the application jar (the layer that changes most, last); a
 *       numeric non-root user; exec-form {@code java} with container-aware heap sizing.
 *   <li>Labels: OCI labels from the POM, overridden key by key by {@code <labels>}.
 * </ol>
 */
public final class Planner {

    static final String BUILD_STAGE = "build";
    static final String RUNTIME_STAGE = "runtime";
    static final String BUILD_DIR = "/build";
    static final String APP_DIR = "/app";
    static final String MAVEN_CACHE = "/root/.m2";
    static final String DEPENDENCY_FOLDER = "target/dependency";
    static final String DEFAULT_USER = "65532:65532";
    static final String HEAP_SIZING = "-XX:MaxRAMPercentage=75";

    private static final String PLUGIN = "io.github.dockerfilegen:dockerfile-gen-maven-plugin";
    private static final List<String> SUPPORTED_PACKAGINGS = List.of("jar");
    private static final Pattern SAFE_FILE_NAME = Pattern.compile("[A-Za-z0-9._+-]+");
    private static final String OCI = "org.opencontainers.image.";

    private final String generatorVersion;

    /** @param generatorVersion the plugin's own version, written into the header */
    public Planner(String generatorVersion) {
        this.generatorVersion = generatorVersion;
    }

    public BuildPlan plan(ProjectFacts facts, GeneratorConfig config) throws ConfigurationException {
        List<String> decisions = new ArrayList<>();
        checkPackaging(facts);
        checkPomText("<version>", facts.version());
        checkPomText("<artifactId>", facts.artifactId());
        for (RuntimeDependency dependency : facts.runtimeDependencies()) {
            checkPomText("<dependencies> entry", dependency.repositoryPath());
        }
        int release = javaRelease(facts, config, decisions);
        String mainClass = mainClass(facts, config, decisions);
        String jarName = jarName(facts);
        boolean hasDependencies = !facts.runtimeDependencies().isEmpty();
        decisions.add(facts.runtimeDependencies().size() + " runtime dependencies");

        String builderImage = config.builderImage().orElseGet(() -> ImageCatalog.builder(release));
        String runtimeImage = config.runtimeImage().orElseGet(() -> ImageCatalog.runtime(config.runtime(), release));
        decisions.add("builder image " + builderImage + ", runtime image " + runtimeImage
                + (config.runtimeImage().isPresent()
                        ? " (<runtimeImage>)"
                        : " (" + config.runtime().id() + ")"));

        BuilderStage builder = new BuilderStage(
                "maven",
                BUILD_STAGE,
                "BUILDER_IMAGE",
                BUILD_DIR,
                facts.mavenConfigFolder(),
                MAVEN_CACHE,
                mavenCommand(config),
                DEPENDENCY_FOLDER,
                dependencyCopies(facts.runtimeDependencies()));

        List<CopyStep> copies = new ArrayList<>();
        String classpath = APP_DIR + "/app.jar";
        if (hasDependencies) {
            copies.add(new CopyStep(BUILD_STAGE, BUILD_DIR + "/" + DEPENDENCY_FOLDER + "/", APP_DIR + "/lib/"));
            classpath += ":" + APP_DIR + "/lib/*";
        }
        copies.add(new CopyStep(BUILD_STAGE, BUILD_DIR + "/target/" + jarName, APP_DIR + "/app.jar"));

        List<String> entrypoint = new ArrayList<>(List.of("java", HEAP_SIZING));
        entrypoint.addAll(config.jvmOptions());
        entrypoint.addAll(List.of("-cp", classpath, mainClass));

        RuntimeStage runtime = new RuntimeStage(
                "jre",
                RUNTIME_STAGE,
                "RUNTIME_IMAGE",
                APP_DIR,
                copies,
                config.user().orElse(DEFAULT_USER),
                config.ports(),
                config.env(),
                labels(facts, config),
                entrypoint);

        String dockerfilePath =
                ".".equals(config.outputDirectory()) ? "Dockerfile" : config.outputDirectory() + "/Dockerfile";
        String tag = imageTag(facts);
        return new BuildPlan(
                generatorVersion,
                dockerfilePath,
                regenerateCommand(config),
                tag,
                "DOCKER_BUILDKIT=1 docker build -f " + dockerfilePath + " -t " + tag + " .",
                "docker run --rm" + publishFlags(config.ports()) + " " + tag,
                List.of(new ImageArg("BUILDER_IMAGE", builderImage), new ImageArg("RUNTIME_IMAGE", runtimeImage)),
                builder,
                runtime,
                decisions,
                warnings(facts));
    }

    /** A reactor module's parent POM is not in the build context, which holds this module only. */
    private static List<String> warnings(ProjectFacts facts) {
        return facts.localParent()
                .map(parent -> List.of("The parent POM " + parent + " is outside this module's build context, so"
                        + " docker build resolves it from a repository: install or deploy it first."
                        + " (Building a reactor as a whole is not supported yet.)"))
                .orElse(List.of());
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

    private static void checkPackaging(ProjectFacts facts) throws ConfigurationException {
        if (!SUPPORTED_PACKAGINGS.contains(facts.packaging())) {
            throw new ConfigurationException("<packaging>" + facts.packaging() + "</packaging> is not supported yet."
                    + " Supported packagings: " + String.join(", ", SUPPORTED_PACKAGINGS)
                    + " (pom projects are skipped). Set <skip>true</skip> for this module to leave it out.");
        }
    }

    private static int javaRelease(ProjectFacts facts, GeneratorConfig config, List<String> decisions)
            throws ConfigurationException {
        int level;
        String source;
        if (config.javaVersion().isPresent()) {
            level = config.javaVersion().get();
            source = "<javaVersion>";
        } else if (facts.javaLevel().isPresent()) {
            Detected detected = facts.javaLevel().get();
            level = JavaLevels.parse(detected.value())
                    .orElseThrow(() -> new ConfigurationException(
                            "Cannot read the Java level " + Text.quoteForMessage(detected.value())
                                    + " from " + detected.source() + ". Set <javaVersion> (for example 21) in the"
                                    + " dockerfile-gen plugin's <configuration>, or -Ddockerfile-gen.javaVersion=21."));
            source = detected.source() + " " + detected.value();
        } else {
            level = ImageCatalog.RELEASES.get(0);
            source = "no release or target in the POM";
        }
        int release = ImageCatalog.RELEASES.stream()
                .filter(r -> r >= level)
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("Java " + level + " (from " + source + ") is newer than"
                        + " the newest supported release " + ImageCatalog.RELEASES.get(ImageCatalog.RELEASES.size() - 1)
                        + ". Set <javaVersion> to one of " + ImageCatalog.RELEASES
                        + " and <builderImage>/<runtimeImage>"
                        + " to images with your JDK, or -Ddockerfile-gen.javaVersion=..."));
        decisions.add("Java " + release + " (from " + source + ")");
        return release;
    }

    private static String mainClass(ProjectFacts facts, GeneratorConfig config, List<String> decisions)
            throws ConfigurationException {
        if (config.mainClass().isPresent()) {
            decisions.add("main class " + config.mainClass().get() + " (from <mainClass>)");
            return config.mainClass().get();
        }
        Detected found = facts.mainClass()
                .orElseThrow(() -> new ConfigurationException("No main class found for "
                        + facts.artifactId() + ". Set <mainClass> in the dockerfile-gen plugin's <configuration> (or"
                        + " -Ddockerfile-gen.mainClass=com.example.Main), or declare it in maven-jar-plugin's"
                        + " <archive><manifest><mainClass>."));
        String name = found.value().trim();
        if (!Text.isClassName(name)) {
            throw new ConfigurationException("The main class " + Text.quoteForMessage(name) + " from " + found.source()
                    + " is not a class name. Fix it there, or set <mainClass> in the dockerfile-gen plugin's"
                    + " <configuration>.");
        }
        decisions.add("main class " + name + " (from " + found.source() + ")");
        return name;
    }

    private static String jarName(ProjectFacts facts) throws ConfigurationException {
        String jar = facts.finalName() + ".jar";
        if (!SAFE_FILE_NAME.matcher(jar).matches()) {
            throw new ConfigurationException("The artifact name " + Text.quoteForMessage(jar) + " (<build><finalName>)"
                    + " has characters a Dockerfile COPY would misread. Use letters, digits, '.', '-', '_' and '+'"
                    + " in <finalName>.");
        }
        return jar;
    }

    private static List<String> mavenCommand(GeneratorConfig config) {
        // -Ddockerfile-gen.skip: a project that binds this plugin must not regenerate inside the image.
        List<String> command = new ArrayList<>(List.of("mvn", "-B", "-Ddockerfile-gen.skip=true"));
        command.addAll(config.builderArgs());
        command.add("package");
        return command;
    }

    /**
     * The runtime jars, copied out of the cache mount after {@code package} (whose jar plugin resolves
     * the runtime classpath, so they are there). maven-dependency-plugin would do the same, but it
     * downloads some 180 artifacts of its own on a cold build. Two jars with the same file name get
     * their groupId in front, as {@code -Dmdep.prependGroupId} would.
     */
    private static List<FileCopy> dependencyCopies(List<RuntimeDependency> dependencies) {
        Map<String, Long> sameName = dependencies.stream()
                .collect(Collectors.groupingBy(RuntimeDependency::fileName, Collectors.counting()));
        List<FileCopy> copies = new ArrayList<>();
        for (RuntimeDependency dependency : dependencies) {
            String name = sameName.get(dependency.fileName()) > 1
                    ? dependency.groupId() + "." + dependency.fileName()
                    : dependency.fileName();
            copies.add(new FileCopy(
                    MAVEN_CACHE + "/repository/" + dependency.repositoryPath(), DEPENDENCY_FOLDER + "/" + name));
        }
        return copies;
    }

    private static SortedMap<String, String> labels(ProjectFacts facts, GeneratorConfig config) {
        ProjectMetadata pom = facts.metadata();
        SortedMap<String, String> labels = new TreeMap<>();
        labels.put(
                OCI + "title",
                pom.name().map(Planner::labelText).filter(s -> !s.isEmpty()).orElse(facts.artifactId()));
        labels.put(OCI + "version", facts.version());
        putIfPresent(labels, OCI + "description", pom.description());
        putIfPresent(labels, OCI + "url", pom.url());
        putIfPresent(labels, OCI + "source", pom.scmUrl());
        putIfPresent(labels, OCI + "vendor", pom.organization());
        SpdxLicenses.expression(pom.licenseNames()).ifPresent(spdx -> labels.put(OCI + "licenses", spdx));
        labels.putAll(config.labels());
        return labels;
    }

    private static void putIfPresent(SortedMap<String, String> labels, String key, Optional<String> value) {
        value.map(Planner::labelText).filter(s -> !s.isEmpty()).ifPresent(v -> labels.put(key, v));
    }

    /** POM text for a label: one line, cut to {@link Text#MAX_VALUE_LENGTH} characters. */
    private static String labelText(String text) {
        String line = Text.oneLine(text);
        return line.codePointCount(0, line.length()) <= Text.MAX_VALUE_LENGTH
                ? line
                : line.substring(0, line.offsetByCodePoints(0, Text.MAX_VALUE_LENGTH - 1)) + "\u2026";
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

    private static String publishFlags(List<String> ports) {
        StringBuilder flags = new StringBuilder();
        for (String port : ports) {
            flags.append(" -p ").append(port.replaceAll("/.*", "")).append(':').append(port);
        }
        return flags.toString();
    }
}
