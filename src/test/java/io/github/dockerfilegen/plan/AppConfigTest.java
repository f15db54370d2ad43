package io.github.dockerfilegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One loader of application configuration, each framework with its own precedence policy. */
class AppConfigTest {
    private static final String PROPERTIES = "src/main/resources/application.properties";

    @Test
    void springReadsTheEnvironmentByRelaxedBindingThenTheActiveProfilesFiles() throws Exception {
        Fixtures project = Fixtures.plainJar()
                .config(PROPERTIES, Map.of("spring.profiles.active", "prod", "server.port", "8081"))
                .config("src/main/resources/application-prod.properties", Map.of("server.port", "8082"));
        AppConfig plain = AppConfig.springBoot(project.facts(), GeneratorConfig.defaults());
        assertEquals(
                Optional.of(new Detected("8082", "src/main/resources/application-prod.properties server.port")),
                plain.get("server.port"));

        GeneratorConfig env = GeneratorConfig.builder()
                .env(Map.of("SERVER_PORT", "9000", "SPRING_MAIN_WEBAPPLICATIONTYPE", "none"))
                .build();
        AppConfig withEnv = AppConfig.springBoot(project.facts(), env);
        assertEquals(Optional.of(new Detected("9000", "<env><SERVER_PORT>")), withEnv.get("server.port"));
        // Spring drops the dashes of a key to name its variable.
        assertEquals(
                "none",
                withEnv.get("spring.main.web-application-type").orElseThrow().value());
    }

    @Test
    void quarkusTakesTheProdProfileFirstEverywhereAndMavenPropertiesBeforeTheFiles() throws Exception {
        Fixtures project = FrameworkFixtures.quarkus()
                .config(PROPERTIES, Map.of("quarkus.http.port", "8081", "%prod.quarkus.http.port", "8082"));
        var plugin = project.facts().plugin("io.quarkus:quarkus-maven-plugin").orElseThrow();
        assertEquals(
                "8082",
                AppConfig.quarkus(project.facts(), GeneratorConfig.defaults(), plugin)
                        .get("quarkus.http.port")
                        .orElseThrow()
                        .value());
        project.pomProperties.put("quarkus.http.port", "8083");
        assertEquals(
                "8083",
                AppConfig.quarkus(project.facts(), GeneratorConfig.defaults(), plugin)
                        .get("quarkus.http.port")
                        .orElseThrow()
                        .value());
        GeneratorConfig env = GeneratorConfig.builder()
                .env(Map.of("QUARKUS_HTTP_PORT", "8084", "_PROD_QUARKUS_HTTP_PORT", "8085"))
                .build();
        assertEquals(
                new Detected("8085", "<env><_PROD_QUARKUS_HTTP_PORT>"),
                AppConfig.quarkus(project.facts(), env, plugin)
                        .get("quarkus.http.port")
                        .orElseThrow());
        project.commandLine.put("quarkus.http.port", "8086");
        assertEquals(
                new Detected("8086", "-Dquarkus.http.port"),
                AppConfig.quarkus(project.facts(), env, plugin)
                        .get("quarkus.http.port")
                        .orElseThrow());
    }

    @Test
    void micronautReadsYamlOnlyWithSnakeyaml() throws Exception {
        Fixtures project = FrameworkFixtures.micronaut()
                .config("src/main/resources/application.yml", Map.of("micronaut.server.port", "8082"));
        PlanLog log = new PlanLog();
        assertEquals(
                Optional.empty(),
                AppConfig.micronaut(project.facts(), GeneratorConfig.defaults(), log)
                        .get("micronaut.server.port"));
        assertEquals(List.of("application.yml is not read: snakeyaml is not on the runtime classpath"), log.decisions);
        project.dependency("org.yaml", "snakeyaml", "2.5");
        assertEquals(
                "8082",
                AppConfig.micronaut(project.facts(), GeneratorConfig.defaults(), new PlanLog())
                        .get("micronaut.server.port")
                        .orElseThrow()
                        .value());
        GeneratorConfig env = GeneratorConfig.builder()
                .env(Map.of("MICRONAUT_SERVER_PORT", "8090"))
                .build();
        assertEquals(
                "8090",
                AppConfig.micronaut(project.facts(), env, new PlanLog())
                        .get("micronaut.server.port")
                        .orElseThrow()
                        .value());
    }
}
