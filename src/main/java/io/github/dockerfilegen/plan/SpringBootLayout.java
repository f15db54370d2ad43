package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigNode;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.Arrays;
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
                        .map(p -> "spring-boot-maven-plugin " + p.version() + " repackages the " + facts.packaging()
                                + (facts.packaging().equals("war") ? ", which makes it executable" : ""))
                : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        BuildPlugin plugin = facts.plugin(PLUGIN).orElseThrow();
        Version version = version(facts, plugin);
        logMainClass(facts, plugin, log);
        List<Port> ports = ports(facts, config, log);

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
            return new LayoutPlan(
                    List.of(), "", List.of(Folders.fromBuild(fatJar, jar)), List.of(), List.of("-jar", jar), ports);
        }

        List<String> layerNames = layerNames(facts, plugin, log);
        List<CopyStep> layers = new ArrayList<>();
        for (String layer : layerNames) {
            layers.add(Folders.fromBuild(extracted + "/" + layer + "/", Folders.APP_DIR + "/"));
        }
        List<List<String>> extract = new ArrayList<>();
        List<String> launch;
        if (version.atLeast(3, 3)) {
            extract.add(List.of(
                    "java", "-Djarmode=tools", "-jar", fatJar, "extract", "--layers", "--destination", extracted));
            launch = List.of("-jar", Folders.APP_DIR + "/" + fatJarName);
            log.decide("Spring Boot " + version + " layers " + layerNames + ", extracted with -Djarmode=tools and run"
                    + " as java -jar " + fatJarName);
        } else {
            String launcher = version.atLeast(3, 2)
                    ? "org.springframework.boot.loader.launch.JarLauncher"
                    : "org.springframework.boot.loader.JarLauncher";
            extract.add(List.of("java", "-Djarmode=layertools", "-jar", fatJar, "extract", "--destination", extracted));
            launch = List.of("-cp", Folders.APP_DIR, launcher);
            log.decide("Spring Boot " + version + " layers " + layerNames + ", extracted with -Djarmode=layertools and"
                    + " run by " + launcher);
        }
        return new LayoutPlan(
                extract,
                "Then the jar is extracted into Spring Boot's layers for the runtime stage.",
                layers,
                List.of(),
                launch,
                ports);
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
        return Version.parse(plugin.version())
                .or(() -> facts.dependency("org.springframework.boot", "spring-boot")
                        .flatMap(d -> Version.parse(d.baseVersion())))
                .orElseThrow(() -> new ConfigurationException("Cannot tell the Spring Boot version from"
                        + " spring-boot-maven-plugin's version '" + plugin.version() + "'. Set the plugin's <version>,"
                        + " or choose another <layout>."));
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
     * reads them: from the environment, else the classpath's {@code application.properties|yml|yaml}
     * and {@code config/} ones, profile files of the active profiles winning.
     */
    private static List<Port> ports(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        AppSettings settings = new AppSettings(ascending(facts.applicationConfig(), config), config);
        settings.warnUnreadable(log);
        boolean web = WEB_SERVERS.stream().anyMatch(server -> {
            String[] ga = server.split(":");
            return facts.dependency(ga[0], ga[1]).isPresent();
        });
        Optional<Detected> type = settings.get("SPRING_MAIN_WEB_APPLICATION_TYPE", "spring.main.web-application-type");
        if (!web || type.filter(t -> t.value().equalsIgnoreCase("none")).isPresent()) {
            log.decide("no web server, so no port");
            return List.of();
        }
        List<Port> ports = new ArrayList<>();
        Optional<Detected> server = settings.get("SERVER_PORT", "server.port");
        if (server.isPresent()) {
            AppSettings.port(server.get(), log).ifPresent(ports::add);
        } else {
            ports.add(Port.tcp(8080));
        }
        settings.get("MANAGEMENT_SERVER_PORT", "management.server.port")
                .flatMap(management -> AppSettings.port(management, log))
                .filter(port -> !ports.contains(port))
                .ifPresent(ports::add);
        log.decide("ports " + ports + " (" + server.map(Detected::source).orElse("Spring Boot's default 8080") + ")");
        return ports;
    }

    /**
     * Boot's order, least important first: the plain files (classpath root, then {@code config/};
     * YAML, then properties) with their documents for active profiles, then each active profile's
     * files in the same order.
     */
    static List<ConfigFile> ascending(List<ConfigFile> files, GeneratorConfig config) {
        List<ConfigFile> plain = new ArrayList<>();
        for (boolean inConfigFolder : List.of(false, true)) {
            for (String extension : List.of("yml", "yaml", "properties")) {
                files.stream()
                        .filter(f -> f.fileName().equals("application." + extension))
                        .filter(f -> f.path().endsWith("/config/" + f.fileName()) == inConfigFolder)
                        .forEach(plain::add);
            }
        }
        List<String> profiles = activeProfiles(plain, config);
        List<ConfigFile> ascending = new ArrayList<>();
        for (ConfigFile file : plain) {
            Optional<String> onProfile = Optional.ofNullable(file.values().get("spring.config.activate.on-profile"))
                    .or(() -> Optional.ofNullable(file.values().get("spring.profiles")));
            if (onProfile.isEmpty()
                    || Arrays.stream(onProfile.get().split(","))
                            .map(String::trim)
                            .anyMatch(profiles::contains)) {
                ascending.add(file);
            }
        }
        for (String profile : profiles) {
            for (boolean inConfigFolder : List.of(false, true)) {
                for (String extension : List.of("yml", "yaml", "properties")) {
                    String name = "application-" + profile + "." + extension;
                    files.stream()
                            .filter(f -> f.fileName().equals(name))
                            .filter(f -> f.path().endsWith("/config/" + name) == inConfigFolder)
                            .forEach(ascending::add);
                }
            }
        }
        return ascending;
    }

    /**
     * The profiles in the order Spring Boot applies them (the later wins): {@code spring.profiles.include},
     * then {@code spring.profiles.active} (else {@code spring.profiles.default}, else {@code default}),
     * each followed by the members of its {@code spring.profiles.group}.
     */
    static List<String> activeProfiles(List<ConfigFile> plain, GeneratorConfig config) {
        AppSettings settings = new AppSettings(plain, config);
        List<String> declared = new ArrayList<>(settings.list("SPRING_PROFILES_INCLUDE", "spring.profiles.include"));
        List<String> active = settings.list("SPRING_PROFILES_ACTIVE", "spring.profiles.active");
        if (active.isEmpty() && declared.isEmpty()) {
            active = settings.list("SPRING_PROFILES_DEFAULT", "spring.profiles.default");
        }
        declared.addAll(active.isEmpty() && declared.isEmpty() ? List.of("default") : active);
        List<String> profiles = new ArrayList<>();
        declared.forEach(profile -> withGroup(profile, settings, profiles));
        return profiles;
    }

    private static void withGroup(String profile, AppSettings settings, List<String> profiles) {
        if (profiles.contains(profile)) {
            return; // once each, which also ends a group that names itself
        }
        profiles.add(profile);
        String group = "spring.profiles.group." + profile;
        settings.list("", group).forEach(member -> withGroup(member, settings, profiles));
    }
}
