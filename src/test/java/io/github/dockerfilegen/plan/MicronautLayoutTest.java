package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.Port;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MicronautLayoutTest {
    @Test
    void theThinJarRunsOnAClasspathNeverTheShadedJarWithItsDependencies() throws Exception {
        BuildPlan plan = plan(FrameworkFixtures.micronaut());
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/dependency/", "/app/lib/"),
                        CopyStep.fromStage("build", "/build/target/original-mn-1.0.0.jar", "/app/app.jar")),
                plan.runtimeStage().copies());
        assertEquals(
                List.of("-cp", "/app/app.jar:/app/lib/*", "com.example.Application"),
                plan.runtimeStage().entrypoint().subList(2, 5));
        assertEquals(List.of(Port.tcp(8080)), plan.runtimeStage().ports());
    }

    @Test
    void withoutShadingTheJarPluginsJarIsTheThinOne() throws Exception {
        Fixtures project = FrameworkFixtures.micronaut();
        project.plugins.removeIf(p -> p.key().equals(PackagedJars.SHADE));
        assertEquals(
                "/build/target/mn-1.0.0.jar",
                plan(project).runtimeStage().copies().get(1).source());
    }

    @Test
    void aPortInYamlCountsOnlyWithSnakeyamlOnTheClasspath() throws Exception {
        Fixtures project = FrameworkFixtures.micronaut()
                .config("src/main/resources/application.yml", Map.of("micronaut.server.port", "8082"));
        BuildPlan plan = plan(project);
        assertEquals(List.of(Port.tcp(8080)), plan.runtimeStage().ports());
        assertTrue(plan.decisions().contains("application.yml is not read: snakeyaml is not on the runtime classpath"));
        project.dependency("org.yaml", "snakeyaml", "2.5");
        assertEquals(List.of(Port.tcp(8082)), plan(project).runtimeStage().ports());
        project.config("src/main/resources/application.properties", Map.of("micronaut.server.port", "-1"));
        assertEquals(List.of(), plan(project).runtimeStage().ports());
    }

    @Test
    void dockerPackagingIsBuiltAsAJar() throws Exception {
        Fixtures project = FrameworkFixtures.micronaut();
        project.packaging = "docker";
        BuildPlan plan = plan(project);
        assertTrue(builderCommands(plan).get(0).contains("-Dpackaging=jar"));
        assertEquals(
                "/build/target/original-mn-1.0.0.jar",
                plan.runtimeStage().copies().get(1).source());
    }

    @Test
    void aCommandLineApplicationHasNoPort() throws Exception {
        Fixtures project = FrameworkFixtures.micronaut();
        project.dependencies = project.dependencies.stream()
                .filter(d -> !d.artifactId().startsWith("micronaut-http-server"))
                .toList();
        assertEquals(List.of(), plan(project).runtimeStage().ports());
    }
}
