package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigNode;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.plan.LayoutPlan.Training;
import io.github.dockerfilegen.plan.PortRule.Listening;
import io.github.dockerfilegen.plan.PortRule.PortSetting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Spring Boot application (spring-boot-maven-plugin repackages the jar). The builder extracts the
 * repackaged jar into Boot's layers, and each layer becomes an image layer in the order
 * {@code layers.idx} gives: dependencies first, the application's own classes last. From Boot 3.3
 * that is {@code -Djarmode=tools extract --layers}, run as {@code java -jar <jar>} (the form Boot's
 * CDS and AOT caches build on); before, {@code -Djarmode=layertools} and Boot's {@code JarLauncher}
 * (Boot 4.1 removed layertools). With layers disabled, or a repackage classifier, the fat jar runs as
 * built.
 */
final class SpringBootLayout implements ApplicationLayout {
    static final String PLUGIN = "org.springframework.boot:spring-boot-maven-plugin";
    static final List<String> DEFAULT_LAYERS =
            List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");

    /** The embedded servers a Boot web application runs on: without one there is no port. */
    private static final List<String> WEB_SERVERS = List.of(
            "org.apache.tomcat.embed:tomcat-embed-core",
            "org.eclipse.jetty:jetty-server",
            "io.undertow:undertow-core",
            "io.projectreactor.netty:reactor-netty-http");

    @Override
    public LayoutKind kind() {
        return LayoutKind.SPRING_BOOT;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return Set.of("jar", "war").contains(facts.packaging())
                ? facts.plugin(PLUGIN)
                        .filter(p -> p.runsGoal("repackage"))
                        .map(p -> p.describe() + " repackages the " + facts.packaging()
                                + (facts.packaging().equals("war") ? ", which makes it executable" : ""))
                : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        BuildPlugin plugin = facts.plugin(PLUGIN).orElseThrow();
        Version version = version(facts, plugin);
        logMainClass(facts, plugin, log);
        Listening listening = listening(facts, config, log);

        Optional<String> classifier =
                plugin.value(BuildPlugin.ANY_EXECUTION, "classifier").map(Detected::value);
        String fatJarName = facts.finalName() + classifier.map(c -> "-" + c).orElse("") + "." + facts.packaging();
        String fatJar = Folders.target(facts) + "/" + fatJarName;
        String extracted = Folders.target(facts) + "/extracted";
        boolean layersEnabled = plugin.value(BuildPlugin.ANY_EXECUTION, "layers", "enabled")
                .map(enabled -> Boolean.parseBoolean(enabled.value()))
                .orElse(version.atLeast(2, 4));
        Optional<String> asBuilt = whyAsBuilt(facts.packaging(), classifier, version, layersEnabled);
        if (asBuilt.isPresent()) {
            log.decide("Spring Boot " + version + " fat " + facts.packaging() + ", run as built with java -jar: "
                    + asBuilt.get());
            String jar = Folders.APP_DIR + "/app." + facts.packaging();
            return LayoutPlan.builder()
                    .layers(List.of(Folders.fromBuild(facts, fatJar, jar)))
                    .launch(List.of("-jar", jar))
                    .listening(listening)
                    .training(new Training.Unsupported("Spring Boot's fat jar loads its libraries from nested jars,"
                            + " which no CDS archive or AOT cache holds; with its layers (the default) it runs"
                            + " extracted, which they do"))
                    .build();
        }

        List<String> layerNames = layerNames(facts, plugin, log);
        List<CopyStep> layers = new ArrayList<>();
        for (String layer : layerNames) {
            layers.add(Folders.fromBuild(facts, extracted + "/" + layer + "/", Folders.APP_DIR + "/"));
        }
        List<List<String>> extract = new ArrayList<>();
        List<String> launch;
        Training training;
        if (version.atLeast(3, 3)) {
            extract.add(List.of(
                    "java", "-Djarmode=tools", "-jar", fatJar, "extract", "--layers", "--destination", extracted));
            launch = List.of("-jar", Folders.APP_DIR + "/" + fatJarName);
            training = new Training.EndsItself(
                    List.of("-Dspring.context.exit=onRefresh"), "Spring Boot stops once its context is refreshed");
            log.decide("Spring Boot " + version + " layers " + layerNames + ", extracted with -Djarmode=tools and run"
                    + " as java -jar " + fatJarName);
        } else {
            String launcher = version.atLeast(3, 2)
                    ? "org.springframework.boot.loader.launch.JarLauncher"
                    : "org.springframework.boot.loader.JarLauncher";
            extract.add(List.of("java", "-Djarmode=layertools", "-jar", fatJar, "extract", "--destination", extracted));
            launch = List.of("-cp", Folders.APP_DIR, launcher);
            training = new Training.Unsupported("Spring Boot " + version + " runs its layers from a folder on the"
                    + " class path, which no CDS archive holds; Boot 3.3 and newer run the extracted jar");
            log.decide("Spring Boot " + version + " layers " + layerNames + ", extracted with -Djarmode=layertools and"
                    + " run by " + launcher);
        }
        // jdeps reads the libraries from the layers, and the application's classes from the fat jar.
        List<String> layerFolders =
                layerNames.stream().map(layer -> extracted + "/" + layer + "/").toList();
        return LayoutPlan.builder()
                .afterPackage(extract, "Then the jar is extracted into Spring Boot's layers for the runtime stage.")
                .layers(layers)
                .training(training)
                .classes(
                        layerFolders.subList(0, layerFolders.size() - 1),
                        List.of(fatJar, layerFolders.get(layerFolders.size() - 1)))
                .launch(launch)
                .listening(listening)
                .build();
    }

    /** Why the repackaged archive runs as built rather than extracted into layers, if it does. */
    private static Optional<String> whyAsBuilt(
            String packaging, Optional<String> classifier, Version version, boolean layersEnabled) {
        if (packaging.equals("war")) {
            return Optional.of("an executable war keeps the servlet container it embeds in WEB-INF/lib-provided");
        }
        if (classifier.isPresent()) {
            return Optional.of("the repackaged jar has the classifier " + classifier.get());
        }
        if (!version.atLeast(2, 3)) {
            return Optional.of("Spring Boot " + version + " has no layers");
        }
        return layersEnabled ? Optional.empty() : Optional.of("its layers are disabled (<layers><enabled>)");
    }

    private static Version version(ProjectFacts facts, BuildPlugin plugin) throws ConfigurationException {
        return plugin.version()
                .flatMap(Version::parse)
                .or(() -> facts.dependency("org.springframework.boot:spring-boot")
                        .flatMap(d -> Version.parse(d.baseVersion())))
                .orElseThrow(() -> new ConfigurationException("Cannot tell the Spring Boot version from"
                        + " spring-boot-maven-plugin's version '"
                        + plugin.version().orElse("") + "'. Set the"
                        + " plugin's <version>, or choose another <layout>."));
    }

    /** Boot finds the main class itself (Start-Class); it is only logged, never required. */
    private static void logMainClass(ProjectFacts facts, BuildPlugin plugin, PlanLog log) {
        Optional<Detected> named = plugin.value(BuildPlugin.ANY_EXECUTION, "mainClass")
                .filter(d -> !d.value().contains("${"))
                .or(() -> facts.properties().get("start-class"));
        log.decide(named.map(d -> "main class " + d.value() + " (from " + d.source() + ")")
                .orElse("main class: the one spring-boot-maven-plugin finds, from the jar's Start-Class"));
    }

    /** The layers in order: Boot's four, or the {@code <layerOrder>} of a custom {@code layers.xml}. */
    private static List<String> layerNames(ProjectFacts facts, BuildPlugin plugin, PlanLog log)
            throws ConfigurationException {
        Optional<Detected> custom = plugin.value(BuildPlugin.ANY_EXECUTION, "layers", "configuration");
        if (custom.isEmpty()) {
            return DEFAULT_LAYERS;
        }
        ConfigNode xml = facts.xmlFiles().get(custom.get().value());
        List<String> names = xml == null
                ? List.of()
                : xml.all("layerOrder", "layer").stream()
                        .map(ConfigNode::value)
                        .filter(name -> name.matches("[A-Za-z0-9._-]+"))
                        .toList();
        if (names.isEmpty()) {
            throw new ConfigurationException("Cannot read the layer order from "
                    + custom.get().value() + " ("
                    + custom.get().source() + "): it must be a file of the project with <layerOrder><layer>...</layer>"
                    + " entries of letters, digits, '.', '-' and '_'.");
        }
        log.decide("Spring Boot layers from " + custom.get().value());
        return names;
    }

    /**
     * {@code server.port} (8080 when unset) and {@code management.server.port}, as a web application
     * reads them ({@link AppConfig#springBoot}); no port without an embedded server.
     */
    private static Listening listening(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        AppConfig settings = AppConfig.springBoot(facts, config);
        settings.warnUnreadable(log);
        boolean web =
                WEB_SERVERS.stream().anyMatch(server -> facts.dependency(server).isPresent());
        Optional<Detected> type = settings.get("spring.main.web-application-type");
        if (!web || type.filter(t -> t.value().equalsIgnoreCase("none")).isPresent()) {
            return new Listening.NoServer("no web server, so no port");
        }
        return new Listening.Settings(
                "Spring Boot",
                settings,
                List.of(
                        PortSetting.withDefault("server.port", 8080),
                        PortSetting.onlyWhenSet("management.server.port")));
    }
}
