package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A start-up cache: a training run with the entrypoint's options, the cache read by the entrypoint. */
class StartupCacheRuleTest {
    @Test
    void springBootTrainsUntilItsContextIsRefreshedAndRunsWithTheArchive() throws Exception {
        BuildPlan plan = plan(
                FrameworkFixtures.springBoot("3.5.7"), GeneratorConfig.builder().startupCache(true));
        BuildPlan.RuntimeStage runtime = plan.runtimeStage();
        assertEquals(
                Optional.of(List.of(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-XX:MaxRAM=2g",
                        "-XX:ArchiveClassesAtExit=/app/app.jsa",
                        "-Dspring.context.exit=onRefresh",
                        "-jar",
                        "/app/shop-1.0.0.jar")),
                runtime.training());
        assertEquals(
                List.of(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-XX:SharedArchiveFile=/app/app.jsa",
                        "-jar",
                        "/app/shop-1.0.0.jar"),
                runtime.entrypoint());
        List<String> touch = builderCommands(plan).get(builderCommands(plan).size() - 1);
        assertEquals(List.of("find", "/build/target/extracted/dependencies/"), touch.subList(0, 2));
        assertEquals(
                List.of("-exec", "touch", "-h", "-d", "@0", "{}", "+"), touch.subList(touch.size() - 7, touch.size()));
    }

    @Test
    void java25GetsAnAotCache() throws Exception {
        BuildPlan plan = plan(
                FrameworkFixtures.springBoot("3.5.7"),
                GeneratorConfig.builder().startupCache(true).javaVersion("25"));
        assertTrue(plan.runtimeStage().training().orElseThrow().contains("-XX:AOTCacheOutput=/app/app.aot"));
        assertTrue(plan.runtimeStage().entrypoint().contains("-XX:AOTCache=/app/app.aot"));
    }

    @Test
    void aPlainJarNeedsItsTrainingArgumentsAndNamesEveryJar() throws Exception {
        BuildPlan without = plan(Fixtures.plainJar(), GeneratorConfig.builder().startupCache(true));
        assertEquals(Optional.empty(), without.runtimeStage().training());
        assertTrue(
                without.warnings().get(0).startsWith("No start-up cache (<startupCache>): nothing tells this"),
                without.warnings().toString());

        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .startupCache(true)
                        .startupCacheTraining(List.of("-Dhello.name=training", "--dry-run")));
        assertEquals(
                List.of(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-XX:MaxRAM=2g",
                        "-XX:ArchiveClassesAtExit=/app/app.jsa",
                        "-Dhello.name=training",
                        "-cp",
                        "/app/app.jar:/app/lib/commons-text-1.15.0.jar:/app/lib/commons-lang3-3.20.0.jar",
                        "com.example.hello.Main",
                        "--dry-run"),
                plan.runtimeStage().training().orElseThrow());
        assertEquals(
                List.of(
                        "java",
                        "-XX:MaxRAMPercentage=75",
                        "-XX:SharedArchiveFile=/app/app.jsa",
                        "-cp",
                        "/app/app.jar:/app/lib/commons-text-1.15.0.jar:/app/lib/commons-lang3-3.20.0.jar",
                        "com.example.hello.Main"),
                plan.runtimeStage().entrypoint(),
                "the same jars in the same order, no wildcard");
    }

    @Test
    void aJlinkRuntimeTrainsWithItsOwnJavaByPath() throws Exception {
        BuildPlan plan = plan(
                FrameworkFixtures.springBoot("3.5.7"),
                GeneratorConfig.builder().startupCache(true).jlink(true));
        assertEquals(
                "/opt/java/openjdk/bin/java",
                plan.runtimeStage().training().orElseThrow().get(0));
    }

    @Test
    void bootBefore33AndFatJarsAsBuiltGetNone() throws Exception {
        BuildPlan old = plan(
                FrameworkFixtures.springBoot("3.2.5"), GeneratorConfig.builder().startupCache(true));
        assertEquals(Optional.empty(), old.runtimeStage().training());
        assertTrue(old.warnings().toString().contains("runs its layers from a folder on the class path"));
    }

    @Test
    void quarkusEndsItselfOnlyWhenPackagedForAppCds() throws Exception {
        BuildPlan unpackaged =
                plan(FrameworkFixtures.quarkus(), GeneratorConfig.builder().startupCache(true));
        assertEquals(Optional.empty(), unpackaged.runtimeStage().training());
        assertTrue(
                unpackaged.warnings().toString().contains("set quarkus.package.jar.appcds.enabled=true"),
                unpackaged.warnings().toString());

        Fixtures packaged = FrameworkFixtures.quarkus()
                .config(
                        "src/main/resources/application.properties",
                        Map.of("quarkus.package.jar.appcds.enabled", "true"));
        List<String> training = plan(packaged, GeneratorConfig.builder().startupCache(true))
                .runtimeStage()
                .training()
                .orElseThrow();
        assertEquals(
                List.of("-Dquarkus.appcds.generate=true", "-jar", "/app/quarkus-run.jar"),
                training.subList(training.size() - 3, training.size()));
    }
}
