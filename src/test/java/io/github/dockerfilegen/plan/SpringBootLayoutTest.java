package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.Fixtures.execution;
import static io.github.dockerfilegen.Fixtures.plugin;
import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.copiedFrom;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlugin.Execution;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpringBootLayoutTest {
    /** A Boot 3.5 project whose spring-boot-maven-plugin has this configuration, and its repackage execution that one. */
    private static Fixtures bootPlugin(String configuration, String repackage, Execution... more) {
        List<Execution> executions = new ArrayList<>(List.of(execution("repackage", List.of("repackage"), repackage)));
        executions.addAll(List.of(more));
        return FrameworkFixtures.springBoot("3.5.7")
                .with(plugin(SpringBootLayout.PLUGIN, "3.5.7", configuration, executions.toArray(Execution[]::new)));
    }

    @Test
    void anUnresolvedStartClassIsNoErrorAndTheJarIsExtractedIntoBootsLayersInOrder() throws Exception {
        BuildPlan plan = plan(FrameworkFixtures.springBoot("3.5.7"));
        assertTrue(plan.decisions().contains("layout spring-boot: spring-boot-maven-plugin 3.5.7 repackages the jar"));
        assertEquals(
                List.of(
                        "java",
                        "-Djarmode=tools",
                        "-jar",
                        "target/shop-1.0.0.jar",
                        "extract",
                        "--layers",
                        "--destination",
                        "target/extracted"),
                builderCommands(plan).get(1));
        assertEquals(
                List.of(
                        "/build/target/extracted/dependencies/",
                        "/build/target/extracted/spring-boot-loader/",
                        "/build/target/extracted/snapshot-dependencies/",
                        "/build/target/extracted/application/"),
                copiedFrom(plan));
        assertTrue(
                plan.runtimeStage().copies().stream().allMatch(c -> c.target().equals("/app/")));
        assertEquals(
                List.of("java", "-XX:MaxRAMPercentage=75", "-jar", "/app/shop-1.0.0.jar"),
                plan.runtimeStage().entrypoint());
    }

    @ParameterizedTest(name = "Spring Boot {0}: {1}")
    @CsvSource({
        "4.1.2, tools, ",
        "3.3.0, tools, ",
        "3.2.5, layertools, org.springframework.boot.loader.launch.JarLauncher",
        "3.1.12, layertools, org.springframework.boot.loader.JarLauncher",
        "2.7.18, layertools, org.springframework.boot.loader.JarLauncher"
    })
    void eachBootGenerationGetsItsOwnExtractionAndLauncher(String version, String jarmode, String launcher)
            throws Exception {
        BuildPlan plan = plan(FrameworkFixtures.springBoot(version));
        assertEquals("-Djarmode=" + jarmode, builderCommands(plan).get(1).get(1));
        List<String> entrypoint = plan.runtimeStage().entrypoint();
        if (launcher == null) {
            assertEquals(List.of("-jar", "/app/shop-1.0.0.jar"), entrypoint.subList(2, 4));
        } else {
            assertEquals(List.of("-cp", "/app", launcher), entrypoint.subList(2, 5));
        }
    }

    @Test
    void withLayersDisabledOrAClassifierTheFatJarRunsAsBuilt() throws Exception {
        Fixtures noLayers = bootPlugin("<layers><enabled>false</enabled></layers>", "");
        BuildPlan plan = plan(noLayers);
        assertEquals(List.of("/build/target/shop-1.0.0.jar"), copiedFrom(plan));
        assertEquals(
                List.of("-jar", "/app/app.jar"),
                plan.runtimeStage().entrypoint().subList(2, 4));
        assertEquals(1, builderCommands(plan).size());
        assertTrue(
                plan.decisions().stream().anyMatch(d -> d.contains("its layers are disabled")),
                plan.decisions()::toString);

        Fixtures classifier = bootPlugin("", "<classifier>exec</classifier>");
        assertEquals(List.of("/build/target/shop-1.0.0-exec.jar"), copiedFrom(plan(classifier)));
    }

    @Test
    void aCustomLayersFileGivesTheLayersAndTheirOrder() throws Exception {
        Fixtures project = bootPlugin("<layers><configuration>src/layers.xml</configuration></layers>", "");
        project.xmlFiles.put(
                "src/layers.xml",
                Fixtures.parse("<layers><application/><dependencies/><layerOrder><layer>dependencies</layer>"
                        + "<layer>company-dependencies</layer><layer>application</layer></layerOrder></layers>"));
        assertEquals(
                List.of(
                        "/build/target/extracted/dependencies/",
                        "/build/target/extracted/company-dependencies/",
                        "/build/target/extracted/application/"),
                copiedFrom(plan(project)));

        project.xmlFiles.clear();
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("Cannot read the layer order from src/layers.xml"), e.getMessage());
    }

    @Test
    void serverPortIncludingThePlaceholderDefaultIsExposedAndPublished() throws Exception {
        Fixtures project = FrameworkFixtures.springBoot("3.5.7")
                .config("src/main/resources/application.properties", Map.of("server.port", "${PORT:8081}"));
        BuildPlan plan = plan(project);
        assertEquals(List.of(Port.tcp(8081)), plan.runtimeStage().ports());
        assertEquals("docker run --rm -p 8081:8081 shop:1.0.0", plan.runCommand());
    }

    @Test
    void managementPortAndPropertiesOverYamlAndConfigFolderOverRoot() throws Exception {
        Fixtures project = FrameworkFixtures.springBoot("4.0.7")
                .config(
                        "src/main/resources/application.yml",
                        Map.of("server.port", "9090", "management.server.port", "9091"))
                .config("src/main/resources/application.properties", Map.of("server.port", "9191"))
                .config("src/main/resources/config/application.yml", Map.of("server.port", "9292"));
        assertEquals(
                List.of(Port.tcp(9292), Port.tcp(9091)),
                plan(project).runtimeStage().ports());
    }

    @Test
    void theActiveProfilesFilesAndDocumentsWin() throws Exception {
        Fixtures project = FrameworkFixtures.springBoot("3.5.7")
                .config("src/main/resources/application.properties", Map.of("spring.profiles.active", "prod"))
                .config("src/main/resources/application-prod.properties", Map.of("server.port", "7070"))
                .config("src/main/resources/application-dev.properties", Map.of("server.port", "6060"));
        assertEquals(List.of(Port.tcp(7070)), plan(project).runtimeStage().ports());

        Fixtures documents = FrameworkFixtures.springBoot("3.5.7");
        documents.applicationConfig.add(
                new ConfigFile("src/main/resources/application.yml", 0, Map.of("server.port", "8000")));
        documents.applicationConfig.add(new ConfigFile(
                "src/main/resources/application.yml",
                1,
                Map.of("spring.config.activate.on-profile", "cloud", "server.port", "8001")));
        assertEquals(List.of(Port.tcp(8000)), plan(documents).runtimeStage().ports());
        assertEquals(
                List.of(Port.tcp(8001)),
                plan(documents, GeneratorConfig.builder().env(Map.of("SPRING_PROFILES_ACTIVE", "cloud")))
                        .runtimeStage()
                        .ports());
    }

    @Test
    void includedProfilesAndProfileGroupsCountInSpringsOrder() throws Exception {
        Fixtures groups = FrameworkFixtures.springBoot("3.5.7")
                .config(
                        "src/main/resources/application.yml",
                        Map.of(
                                "server.port", "7001",
                                "spring.profiles.active", "prod",
                                "spring.profiles.group.prod[0]", "prod-http"))
                .config("src/main/resources/application-prod-http.yml", Map.of("server.port", "7013"))
                .config("src/main/resources/application-prod.yml", Map.of("server.port", "7002"));
        assertEquals(List.of(Port.tcp(7013)), plan(groups).runtimeStage().ports());

        Fixtures include = FrameworkFixtures.springBoot("3.5.7")
                .config(
                        "src/main/resources/application.properties",
                        Map.of(
                                "server.port",
                                "7001",
                                "spring.profiles.include",
                                "web",
                                "spring.profiles.active",
                                "prod"))
                .config("src/main/resources/application-web.properties", Map.of("server.port", "7014"));
        assertEquals(List.of(Port.tcp(7014)), plan(include).runtimeStage().ports());

        Fixtures fallback = FrameworkFixtures.springBoot("3.5.7")
                .config("src/main/resources/application-default.properties", Map.of("server.port", "7015"));
        assertEquals(List.of(Port.tcp(7015)), plan(fallback).runtimeStage().ports());
    }

    @Test
    void defaultsEnvironmentRandomPortsAndApplicationsWithoutAWebServer() throws Exception {
        assertEquals(
                List.of(Port.tcp(8080)),
                plan(FrameworkFixtures.springBoot("3.5.7")).runtimeStage().ports());
        assertEquals(
                List.of(Port.tcp(9999)),
                plan(
                                FrameworkFixtures.springBoot("3.5.7"),
                                GeneratorConfig.builder().env(Map.of("SERVER_PORT", "9999")))
                        .runtimeStage()
                        .ports());
        Fixtures random = FrameworkFixtures.springBoot("3.5.7")
                .config("src/main/resources/application.properties", Map.of("server.port", "0"));
        assertEquals(List.of(), plan(random).runtimeStage().ports());

        Fixtures batch = FrameworkFixtures.springBoot("3.5.7");
        batch.dependencies = batch.dependencies.stream()
                .filter(d -> !d.artifactId().equals("tomcat-embed-core"))
                .toList();
        assertEquals(List.of(), plan(batch).runtimeStage().ports());
    }

    @Test
    void portsParameterWinsOverTheFrameworksConfiguration() throws Exception {
        Fixtures project = FrameworkFixtures.springBoot("3.5.7")
                .config("src/main/resources/application.properties", Map.of("server.port", "8081"));
        assertEquals(
                List.of(Port.tcp(443)),
                plan(project, GeneratorConfig.builder().ports(List.of("443")))
                        .runtimeStage()
                        .ports());
    }

    @Test
    void aBoundBuildImageGoalIsSkippedInTheBuilder() throws Exception {
        Fixtures project = bootPlugin("", "", execution("image", List.of("build-image-no-fork"), ""));
        BuildPlan plan = plan(project);
        assertTrue(
                builderCommands(plan).get(0).contains("-Dspring-boot.build-image.skip=true"),
                builderCommands(plan)::toString);
    }

    @Test
    void thePlainJarLayoutChosenForABootApplicationRunsTheJarBootKeptAside() throws Exception {
        BuildPlan plan = plan(
                FrameworkFixtures.springBoot("3.5.7").mainClass("com.example.shop.ShopApplication"),
                GeneratorConfig.builder().layout("jar"));
        assertTrue(
                copiedFrom(plan).contains("/build/target/shop-1.0.0.jar.original"),
                copiedFrom(plan).toString());
    }
}
