package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.Fixtures.execution;
import static io.github.dockerfilegen.Fixtures.plugin;
import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Port;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuarkusLayoutTest {
    @Test
    void fastJarPartsAreLayersInTheOrderTheyChange() throws Exception {
        BuildPlan plan = plan(FrameworkFixtures.quarkus());
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/quarkus-app/lib/boot/", "/app/lib/boot/"),
                        CopyStep.fromStage("build", "/build/target/quarkus-app/lib/main/", "/app/lib/main/"),
                        CopyStep.fromStage(
                                "build", "/build/target/quarkus-app/quarkus-run.jar", "/app/quarkus-run.jar"),
                        CopyStep.fromStage("build", "/build/target/quarkus-app/app/", "/app/app/"),
                        CopyStep.fromStage("build", "/build/target/quarkus-app/quarkus/", "/app/quarkus/")),
                plan.runtimeStage().copies());
        assertEquals(
                List.of(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-Dquarkus.http.host=0.0.0.0",
                        "-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                        "-jar",
                        "/app/quarkus-run.jar"),
                plan.runtimeStage().entrypoint());
        assertEquals(List.of(Port.tcp(8080)), plan.runtimeStage().ports());
    }

    @Test
    void theQuarkusPackagingFitsWithoutABoundBuildGoal() throws Exception {
        Fixtures project = FrameworkFixtures.quarkus().with(plugin("io.quarkus:quarkus-maven-plugin", "3.33.2", ""));
        project.packaging = "quarkus";
        assertTrue(plan(project).decisions().get(0).startsWith("layout quarkus: "));
    }

    @Test
    void theProdProfilesPortWinsAndTheManagementInterfaceIsExposed() throws Exception {
        Fixtures project = FrameworkFixtures.quarkus()
                .config(
                        "src/main/resources/application.properties",
                        Map.of(
                                "quarkus.http.port", "8081",
                                "%prod.quarkus.http.port", "8180",
                                "quarkus.management.enabled", "true"));
        assertEquals(
                List.of(Port.tcp(8180), Port.tcp(9000)),
                plan(project).runtimeStage().ports());
    }

    @Test
    void uberJarAndLegacyJarRunTheirRunnerJar() throws Exception {
        Fixtures uber = FrameworkFixtures.quarkus()
                .config("src/main/resources/application.properties", Map.of("quarkus.package.jar.type", "uber-jar"));
        BuildPlan plan = plan(uber);
        assertEquals(
                List.of(CopyStep.fromStage(
                        "build", "/build/target/greeter-1.0.0-runner.jar", "/app/greeter-1.0.0-runner.jar")),
                plan.runtimeStage().copies());
        assertEquals(
                List.of("-jar", "/app/greeter-1.0.0-runner.jar"),
                plan.runtimeStage().entrypoint().subList(4, 6));

        Fixtures legacy = FrameworkFixtures.quarkus();
        legacy.pomProperties.put("quarkus.package.type", "legacy-jar");
        assertEquals(
                List.of("/build/target/lib/", "/build/target/greeter-1.0.0-runner.jar"),
                plan(legacy).runtimeStage().copies().stream()
                        .map(CopyStep::source)
                        .toList());
    }

    @Test
    void thePluginsPropertiesWinOverTheApplicationsFile() throws Exception {
        Fixtures project = FrameworkFixtures.quarkus()
                .with(plugin(
                        "io.quarkus:quarkus-maven-plugin",
                        "3.33.2",
                        "<properties><quarkus.package.jar.type>uber-jar</quarkus.package.jar.type></properties>",
                        execution("default", List.of("build"), "")))
                .config("src/main/resources/application.properties", Map.of("quarkus.package.jar.type", "fast-jar"));
        assertTrue(plan(project).decisions().stream()
                .anyMatch(d -> d.startsWith(
                        "Quarkus uber-jar (from quarkus-maven-plugin <properties><quarkus.package.jar.type>): a code"
                                + " change ships the whole runner jar")));
    }

    @Test
    void mutableJarAndNativeBuildsAreRefusedWithTheFix() {
        Fixtures mutable = FrameworkFixtures.quarkus()
                .config("src/main/resources/application.properties", Map.of("quarkus.package.jar.type", "mutable-jar"));
        var e = assertThrows(ConfigurationException.class, () -> plan(mutable));
        assertTrue(e.getMessage().contains("remote development"), e.getMessage());

        Fixtures nativeBuild = FrameworkFixtures.quarkus();
        nativeBuild.commandLine.put("quarkus.native.enabled", "true");
        e = assertThrows(ConfigurationException.class, () -> plan(nativeBuild));
        assertTrue(e.getMessage().contains("native executable (-Dquarkus.native.enabled)"), e.getMessage());
    }

    @Test
    void aContainerImageBuildIsTurnedOffInTheBuilder() throws Exception {
        Fixtures project = FrameworkFixtures.quarkus()
                .config("src/main/resources/application.properties", Map.of("quarkus.container-image.build", "true"));
        assertTrue(builderCommands(plan(project)).get(0).contains("-Dquarkus.container-image.build=false"));
    }
}
