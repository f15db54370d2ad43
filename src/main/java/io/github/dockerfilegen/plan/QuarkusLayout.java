package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Quarkus application (quarkus-maven-plugin's {@code build}). The default fast-jar
 * ({@code target/quarkus-app/}) is copied as Quarkus's own Dockerfile.jvm does, split further so
 * the parts that change least come first: {@code lib/boot}, {@code lib/main}, {@code quarkus-run.jar},
 * then the application's {@code app/} and the generated {@code quarkus/}. An uber-jar or legacy-jar
 * build runs its runner jar.
 */
final class QuarkusLayout implements ApplicationLayout {
    static final Set<String> PLUGINS =
            Set.of("io.quarkus:quarkus-maven-plugin", "io.quarkus.platform:quarkus-maven-plugin");
    /** Quarkus's prod profile: what a packaged application runs with. */
    private static final String PROD = "%prod.";

    @Override
    public LayoutKind kind() {
        return LayoutKind.QUARKUS;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        if (!Set.of("jar", "quarkus").contains(facts.packaging())) {
            return Optional.empty();
        }
        return plugin(facts)
                .filter(p -> p.runsGoal("build") || facts.packaging().equals("quarkus"))
                .map(p -> "quarkus-maven-plugin " + p.version() + " builds the application");
    }

    private static Optional<BuildPlugin> plugin(ProjectFacts facts) {
        return facts.plugins().stream().filter(p -> PLUGINS.contains(p.key())).findFirst();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        QuarkusConfig settings = new QuarkusConfig(facts, config, plugin(facts).orElseThrow());
        settings.warnUnreadable(log);
        refuseNative(settings);
        List<Port> ports = ports(facts, settings, log);
        List<String> flags =
                List.of("-Dquarkus.http.host=0.0.0.0", "-Djava.util.logging.manager=org.jboss.logmanager.LogManager");
        Optional<Detected> jarType = settings.get("quarkus.package.jar.type");
        Optional<Detected> legacyType = settings.get("quarkus.package.type");
        Detected type = jarType.or(() -> legacyType).orElse(new Detected("fast-jar", "Quarkus's default"));
        log.decide("Quarkus " + type.value() + " (from " + type.source() + ")"
                + (type.value().equals("uber-jar")
                        ? ": a code change ships the whole runner jar, where the default fast-jar ships app/ and quarkus/"
                        : ""));
        String app = Folders.target(facts) + "/quarkus-app/";
        String runner = Folders.target(facts) + "/" + facts.finalName() + runnerSuffix(settings) + ".jar";
        String runnerInImage = Folders.APP_DIR + "/" + runner.substring(runner.lastIndexOf('/') + 1);
        return switch (type.value()) {
            case "fast-jar", "jar" ->
                new LayoutPlan(
                        List.of(),
                        "",
                        List.of(
                                Folders.fromBuild(app + "lib/boot/", Folders.APP_DIR + "/lib/boot/"),
                                Folders.fromBuild(app + "lib/main/", Folders.APP_DIR + "/lib/main/"),
                                Folders.fromBuild(app + "quarkus-run.jar", Folders.APP_DIR + "/quarkus-run.jar"),
                                Folders.fromBuild(app + "app/", Folders.APP_DIR + "/app/"),
                                Folders.fromBuild(app + "quarkus/", Folders.APP_DIR + "/quarkus/")),
                        flags,
                        List.of("-jar", Folders.APP_DIR + "/quarkus-run.jar"),
                        ports);
            case "uber-jar" ->
                new LayoutPlan(
                        List.of(),
                        "",
                        List.of(Folders.fromBuild(runner, runnerInImage)),
                        flags,
                        List.of("-jar", runnerInImage),
                        ports);
            case "legacy-jar" ->
                new LayoutPlan(
                        List.of(),
                        "",
                        // The runner's manifest names its dependencies as lib/<jar>, beside it.
                        List.of(
                                Folders.fromBuild(Folders.target(facts) + "/lib/", Folders.APP_DIR + "/lib/"),
                                Folders.fromBuild(runner, runnerInImage)),
                        flags,
                        List.of("-jar", runnerInImage),
                        ports);
            case "mutable-jar" ->
                throw new ConfigurationException("Quarkus mutable-jar (" + type.source() + ") is"
                        + " for remote development, not for a production image. Use the default fast-jar: remove"
                        + " quarkus.package.jar.type, or set it to fast-jar.");
            default ->
                throw new ConfigurationException("Unknown Quarkus jar type " + type.value() + " (" + type.source()
                        + "). Supported: fast-jar, uber-jar, legacy-jar.");
        };
    }

    private static void refuseNative(QuarkusConfig settings) throws ConfigurationException {
        Optional<Detected> nativeBuild = settings.get("quarkus.native.enabled")
                .filter(d -> Boolean.parseBoolean(d.value()))
                .or(() -> settings.get("quarkus.package.type")
                        .filter(d -> d.value().equals("native")));
        if (nativeBuild.isPresent()) {
            throw new ConfigurationException(
                    "A Quarkus native executable (" + nativeBuild.get().source() + ") is not"
                            + " supported yet: dockerfile-gen builds JVM images. Build the JVM application (leave native"
                            + " to a profile), or use Quarkus's own src/main/docker/Dockerfile.native.");
        }
    }

    private static String runnerSuffix(QuarkusConfig settings) {
        boolean add = settings.get("quarkus.package.jar.add-runner-suffix")
                .map(d -> Boolean.parseBoolean(d.value()))
                .orElse(true);
        return add
                ? settings.get("quarkus.package.runner-suffix")
                        .map(Detected::value)
                        .orElse("-runner")
                : "";
    }

    /** {@code quarkus.http.port} (8080), and {@code quarkus.management.port} (9000) when the management interface is on. */
    private static List<Port> ports(ProjectFacts facts, QuarkusConfig settings, PlanLog log) {
        if (facts.dependency("io.quarkus", "quarkus-vertx-http").isEmpty()) {
            log.decide("no quarkus-vertx-http, so no HTTP port");
            return List.of();
        }
        List<Port> ports = new ArrayList<>();
        Optional<Detected> http = settings.get("quarkus.http.port");
        http.map(d -> AppSettings.port(d, log))
                .orElse(Optional.of(Port.tcp(8080)))
                .ifPresent(ports::add);
        if (settings.get("quarkus.management.enabled")
                .filter(d -> Boolean.parseBoolean(d.value()))
                .isPresent()) {
            settings.get("quarkus.management.port")
                    .map(d -> AppSettings.port(d, log))
                    .orElse(Optional.of(Port.tcp(9000)))
                    .filter(port -> !ports.contains(port))
                    .ifPresent(ports::add);
        }
        log.decide("ports " + ports + " (" + http.map(Detected::source).orElse("Quarkus's default 8080") + ")");
        return ports;
    }

    /**
     * A Quarkus setting as the packaged application sees it: a {@code -D} option or the environment,
     * then quarkus-maven-plugin's {@code <properties>}, the POM's properties, then the application's
     * configuration files; in each, the {@code %prod.} form wins over the plain one.
     */
    private static final class QuarkusConfig {
        private final ProjectFacts facts;
        private final BuildPlugin plugin;
        private final AppSettings files;

        QuarkusConfig(ProjectFacts facts, GeneratorConfig config, BuildPlugin plugin) {
            this.facts = facts;
            this.plugin = plugin;
            this.files = new AppSettings(ascending(facts.applicationConfig()), config);
        }

        Optional<Detected> get(String key) {
            String variable = key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
            return Optional.ofNullable(facts.properties().commandLine().get(key))
                    .map(v -> new Detected(v.trim(), "-D" + key))
                    .or(() -> files.environment("_PROD_" + variable, variable))
                    .or(() -> plugin.value(BuildPlugin.ANY_EXECUTION, "properties", key))
                    .or(() -> facts.properties().get(key))
                    .or(() -> files.file(PROD + key, key));
        }

        void warnUnreadable(PlanLog log) {
            files.warnUnreadable(log);
        }

        /** YAML, then properties, then the prod profile's file: the later wins. */
        private static List<ConfigFile> ascending(List<ConfigFile> files) {
            List<ConfigFile> ascending = new ArrayList<>();
            for (String name : List.of(
                    "application.yml", "application.yaml", "application.properties", "application-prod.properties")) {
                files.stream().filter(f -> f.fileName().equals(name)).forEach(ascending::add);
            }
            return ascending;
        }
    }
}
