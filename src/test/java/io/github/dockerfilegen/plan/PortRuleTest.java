package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.plan.PortRule.Listening;
import io.github.dockerfilegen.plan.PortRule.PortSetting;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The one order for ports: {@code <ports>}, the framework's configuration, its default, none. */
class PortRuleTest {
    private static List<Port> ports(Fixtures project, GeneratorConfig config, Listening listening, PlanLog log) {
        return PortRule.ports(project.facts(), config, listening, log);
    }

    private static Listening spring(Fixtures project, GeneratorConfig config) {
        return new Listening.Settings(
                "Spring Boot",
                AppConfig.springBoot(project.facts(), config),
                List.of(
                        PortSetting.withDefault("server.port", 8080),
                        PortSetting.onlyWhenSet("management.server.port")));
    }

    @Test
    void thePortsElementWinsAndTheFrameworkIsNotAsked() throws Exception {
        Fixtures project =
                Fixtures.plainJar().config("src/main/resources/application.properties", Map.of("server.port", "x"));
        GeneratorConfig config =
                GeneratorConfig.builder().ports(List.of("9000")).build();
        PlanLog log = new PlanLog();
        assertEquals(List.of(Port.tcp(9000)), ports(project, config, spring(project, config), log));
        assertEquals(List.of("ports [9000] (from <ports>)"), log.decisions);
        assertEquals(List.of(), log.warnings, "the unreadable port is never read");
    }

    @Test
    void theFrameworksSettingThenItsDefaultNamingWhereItCameFrom() throws Exception {
        Fixtures project = Fixtures.plainJar()
                .config("src/main/resources/application.properties", Map.of("management.server.port", "9091"));
        PlanLog log = new PlanLog();
        GeneratorConfig config = GeneratorConfig.defaults();
        assertEquals(List.of(Port.tcp(8080), Port.tcp(9091)), ports(project, config, spring(project, config), log));
        assertEquals(List.of("ports [8080, 9091] (Spring Boot's default 8080)"), log.decisions);

        project.config("src/main/resources/config/application.properties", Map.of("server.port", "0"));
        log = new PlanLog();
        assertEquals(List.of(Port.tcp(9091)), ports(project, config, spring(project, config), log));
        assertEquals(
                List.of(
                        "no port to expose from src/main/resources/config/application.properties server.port 0"
                                + " (a random port)",
                        "ports [9091] (src/main/resources/config/application.properties server.port)"),
                log.decisions);
    }

    @Test
    void noServerIsSaidAFixedPortIsTakenAndOnlyAnUnknownOneWithAServerLibraryIsWarnedAbout() throws Exception {
        Fixtures project = Fixtures.plainJar();
        PlanLog log = new PlanLog();
        GeneratorConfig config = GeneratorConfig.defaults();
        assertEquals(List.of(), ports(project, config, new Listening.NoServer("no web server, so no port"), log));
        assertEquals(List.of("no web server, so no port"), log.decisions);
        assertEquals(List.of(Port.tcp(8080)), ports(project, config, new Listening.Fixed(Port.tcp(8080)), log));
        assertEquals(List.of(), ports(project, config, new Listening.Unknown(), log));
        assertEquals(List.of(), log.warnings, "a plain application without a server library");

        project.dependency("io.javalin", "javalin", "6.7.0");
        assertEquals(List.of(), ports(project, config, new Listening.Unknown(), log));
        assertEquals(1, log.warnings.size());
        assertTrue(log.warnings.get(0).startsWith("io.javalin:javalin is an HTTP server on the runtime classpath,"));
    }

    @Test
    void aPlainJarIsAskedThroughTheSameRule() throws Exception {
        Fixtures project = Fixtures.plainJar().dependency("io.javalin", "javalin", "6.7.0");
        BuildPlan plan = plan(project);
        assertEquals(List.of(), plan.runtimeStage().ports());
        assertTrue(
                plan.warnings().get(0).contains("set <ports>"), plan.warnings().toString());
        assertEquals(
                List.of(Port.tcp(7070)),
                plan(project, GeneratorConfig.builder().ports(List.of("7070")))
                        .runtimeStage()
                        .ports());
    }
}
