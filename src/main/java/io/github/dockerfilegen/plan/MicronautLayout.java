package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.plan.PortRule.Listening;
import io.github.dockerfilegen.plan.PortRule.PortSetting;
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
                ? facts.plugin(PLUGIN).map(p -> p.describe() + " builds the application")
                : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        String mainClass = MainClassRule.require(facts, config, log, MainClassRule.candidates(facts, List.of()));
        String thinJar = PackagedJars.thinJar(facts);
        log.decide("Micronaut on a classpath: " + thinJar + " and its runtime dependencies, not the shaded jar");
        return Classpath.of(facts, config, thinJar, mainClass)
                .listening(listening(facts, config, log))
                .build();
    }

    /** {@code micronaut.server.port}, 8080 when unset, for an application with an HTTP server. */
    private static Listening listening(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        boolean server = facts.runtimeDependencies().stream()
                .anyMatch(d ->
                        d.groupId().equals("io.micronaut") && d.artifactId().startsWith("micronaut-http-server"));
        if (!server) {
            return new Listening.NoServer("no micronaut-http-server, so no HTTP port");
        }
        AppConfig settings = AppConfig.micronaut(facts, config, log);
        settings.warnUnreadable(log);
        return new Listening.Settings(
                "Micronaut", settings, List.of(PortSetting.withDefault("micronaut.server.port", 8080)));
    }
}
