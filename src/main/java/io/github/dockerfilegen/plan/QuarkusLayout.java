package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
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
 * A Quarkus application (quarkus-maven-plugin's {@code build}). The default fast-jar
 * ({@code target/quarkus-app/}) is copied as Quarkus's own Dockerfile.jvm does, split further so
 * the parts that change least come first: {@code lib/boot}, {@code lib/main}, {@code quarkus-run.jar},
 * then the application's {@code app/} and the generated {@code quarkus/}. An uber-jar or legacy-jar
 * build runs its runner jar.
 */
final class QuarkusLayout implements ApplicationLayout {
    static final Set<String> PLUGINS =
            Set.of("io.quarkus:quarkus-maven-plugin", "io.quarkus.platform:quarkus-maven-plugin");

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
                .map(p -> p.describe() + " builds the application");
    }

    /**
     * Quarkus ends a run once started when told by {@code quarkus.appcds.generate}, but only if it was
     * packaged for AppCDS: the switch is read by code its build leaves out otherwise.
     */
    private static Training training(AppConfig settings) {
        return settings.get("quarkus.package.jar.appcds.enabled")
                .filter(enabled -> enabled.value().equals("true"))
                .<Training>map(enabled -> new Training.EndsItself(
                        List.of("-Dquarkus.appcds.generate=true"),
                        "Quarkus stops once started, packaged for AppCDS (quarkus.package.jar.appcds.enabled, from "
                                + enabled.source() + ")"))
                .orElse(new Training.NeedsArguments("Quarkus ends a run once started only when packaged for"
                        + " AppCDS: set quarkus.package.jar.appcds.enabled=true in application.properties, and its"
                        + " training run ends by itself (the build then also writes an archive for the builder's"
                        + " JDK, which the image leaves out)."));
    }

    private static Optional<BuildPlugin> plugin(ProjectFacts facts) {
        return facts.plugins().stream().filter(p -> PLUGINS.contains(p.key())).findFirst();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        AppConfig settings = AppConfig.quarkus(facts, config, plugin(facts).orElseThrow());
        settings.warnUnreadable(log);
        refuseNative(settings);
        Listening listening = listening(facts, settings);
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
        LayoutPlan.Builder plan =
                LayoutPlan.builder().jvmFlags(flags).listening(listening).training(training(settings));
        return switch (type.value()) {
            case "fast-jar", "jar" ->
                plan.layers(List.of(
                                Folders.fromBuild(facts, app + "lib/boot/", Folders.APP_DIR + "/lib/boot/"),
                                Folders.fromBuild(facts, app + "lib/main/", Folders.APP_DIR + "/lib/main/"),
                                Folders.fromBuild(facts, app + "quarkus-run.jar", Folders.APP_DIR + "/quarkus-run.jar"),
                                Folders.fromBuild(facts, app + "app/", Folders.APP_DIR + "/app/"),
                                Folders.fromBuild(facts, app + "quarkus/", Folders.APP_DIR + "/quarkus/")))
                        .launch(List.of("-jar", Folders.APP_DIR + "/quarkus-run.jar"))
                        .classes(
                                List.of(app + "lib/"), List.of(app + "app/", app + "quarkus/", app + "quarkus-run.jar"))
                        .build();
            case "uber-jar" ->
                plan.layers(List.of(Folders.fromBuild(facts, runner, runnerInImage)))
                        .launch(List.of("-jar", runnerInImage))
                        .classes(List.of(), List.of(runner))
                        .build();
            case "legacy-jar" ->
                // The runner's manifest names its dependencies as lib/<jar>, beside it.
                plan.layers(List.of(
                                Folders.fromBuild(facts, Folders.target(facts) + "/lib/", Folders.APP_DIR + "/lib/"),
                                Folders.fromBuild(facts, runner, runnerInImage)))
                        .launch(List.of("-jar", runnerInImage))
                        .classes(List.of(Folders.target(facts) + "/lib/"), List.of(runner))
                        .build();
            case "mutable-jar" ->
                throw new ConfigurationException("Quarkus mutable-jar (" + type.source() + ") is"
                        + " for remote development, not for a production image. Use the default fast-jar: remove"
                        + " quarkus.package.jar.type, or set it to fast-jar.");
            default ->
                throw new ConfigurationException("Unknown Quarkus jar type " + type.value() + " (" + type.source()
                        + "). Supported: fast-jar, uber-jar, legacy-jar.");
        };
    }

    private static void refuseNative(AppConfig settings) throws ConfigurationException {
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

    private static String runnerSuffix(AppConfig settings) {
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
    private static Listening listening(ProjectFacts facts, AppConfig settings) {
        if (facts.dependency("io.quarkus:quarkus-vertx-http").isEmpty()) {
            return new Listening.NoServer("no quarkus-vertx-http, so no HTTP port");
        }
        List<PortSetting> ports = new ArrayList<>(List.of(PortSetting.withDefault("quarkus.http.port", 8080)));
        if (settings.get("quarkus.management.enabled")
                .filter(d -> Boolean.parseBoolean(d.value()))
                .isPresent()) {
            ports.add(PortSetting.withDefault("quarkus.management.port", 9000));
        }
        return new Listening.Settings("Quarkus", settings, ports);
    }
}
