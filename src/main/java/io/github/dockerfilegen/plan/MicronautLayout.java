package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A Micronaut application (micronaut-maven-plugin, usually through micronaut-parent). The parent
 * shades by default, but the image runs the thin jar on a classpath with the dependencies in their
 * own layer: a code change ships a small layer, and the shaded jar never meets a second copy of
 * its dependencies (on Micronaut 4.1 that finds every bean twice: NonUniqueBeanException).
 */
final class MicronautLayout implements ApplicationLayout {
    static final String PLUGIN = "io.micronaut.maven:micronaut-maven-plugin";
    /** micronaut-parent's {@code <packaging>${packaging}</packaging>}: {@code docker} builds an image with Docker. */
    static final Set<String> PACKAGINGS = Set.of("jar", "docker");

    @Override
    public LayoutKind kind() {
        return LayoutKind.MICRONAUT;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return PACKAGINGS.contains(facts.packaging())
                ? facts.plugin(PLUGIN).map(p -> "micronaut-maven-plugin " + p.version() + " builds the application")
                : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        String mainClass = MainClassRule.require(facts, config, log, MainClassRule.candidates(facts, List.of()));
        String thinJar = PackagedJars.thinJar(facts);
        log.decide("Micronaut on a classpath: " + thinJar + " and its runtime dependencies, not the shaded jar");
        return Classpath.of(facts, thinJar, mainClass, ports(facts, config, log));
    }

    /**
     * {@code micronaut.server.port}, 8080 when unset, for an application with an HTTP server.
     * Micronaut 4 reads YAML only with snakeyaml on the runtime classpath.
     */
    private static List<Port> ports(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        boolean server = facts.runtimeDependencies().stream()
                .anyMatch(d ->
                        d.groupId().equals("io.micronaut") && d.artifactId().startsWith("micronaut-http-server"));
        if (!server) {
            log.decide("no micronaut-http-server, so no HTTP port");
            return List.of();
        }
        boolean yaml = facts.dependency("org.yaml", "snakeyaml").isPresent();
        List<ConfigFile> ascending = new ArrayList<>();
        for (String name : List.of("application.yml", "application.yaml", "application.properties")) {
            facts.applicationConfig().stream()
                    .filter(f -> f.fileName().equals(name))
                    .filter(f -> yaml || f.fileName().endsWith(".properties"))
                    .forEach(ascending::add);
        }
        if (!yaml
                && facts.applicationConfig().stream().anyMatch(f -> f.fileName().matches("application\\.ya?ml"))) {
            log.decide("application.yml is not read: snakeyaml is not on the runtime classpath");
        }
        AppSettings settings = new AppSettings(ascending, config);
        settings.warnUnreadable(log);
        Optional<Detected> port = settings.get("MICRONAUT_SERVER_PORT", "micronaut.server.port");
        List<Port> ports = port.map(d -> AppSettings.port(d, log))
                .orElse(Optional.of(Port.tcp(8080)))
                .map(List::of)
                .orElse(List.of());
        log.decide("ports " + ports + " (" + port.map(Detected::source).orElse("Micronaut's default 8080") + ")");
        return ports;
    }
}
