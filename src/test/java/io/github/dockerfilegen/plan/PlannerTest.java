package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ConfigValidator;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PlannerTest {
    private final Planner planner = new Planner("9.9.9");

    private BuildPlan plan(Fixtures fixtures) throws ConfigurationException {
        return planner.plan(fixtures.facts(), GeneratorConfig.defaults());
    }

    private BuildPlan plan(Fixtures fixtures, ConfigValidator config) throws ConfigurationException {
        return planner.plan(fixtures.facts(), config.build());
    }

    private static String builderImage(BuildPlan plan) {
        return plan.imageArgs().get(0).image();
    }

    private static String runtimeImage(BuildPlan plan) {
        return plan.imageArgs().get(1).image();
    }

    @ParameterizedTest(name = "Java level {0} runs on Java {1}")
    @CsvSource({"1.8, 17", "8, 17", "11, 17", "17, 17", "18, 21", "21, 21", "22, 25", "25, 25"})
    void javaLevelIsRoundedUpToTheNextLts(String level, int release) throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.pomProperties.put("maven.compiler.release", level);
        BuildPlan plan = plan(project);
        assertEquals("docker.io/library/maven:3.9.16-eclipse-temurin-" + release, builderImage(plan));
        assertEquals("gcr.io/distroless/java" + release + "-debian13:nonroot", runtimeImage(plan));
    }

    @Test
    void javaLevelNewerThanTheNewestLtsFailsNamingTheOverride() {
        Fixtures project = Fixtures.plainJar();
        project.pomProperties.put("maven.compiler.release", "26");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("Java 26 (from property maven.compiler.release 26)"), e.getMessage());
        assertTrue(e.getMessage().contains("<javaVersion>"), e.getMessage());
    }

    @Test
    void unreadableJavaLevelFailsNamingWhereItCameFrom() {
        Fixtures project = Fixtures.plainJar();
        project.pomProperties.put("maven.compiler.release", "seventeen");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("'seventeen' from property maven.compiler.release"), e.getMessage());
    }

    @Test
    void javaVersionParameterWinsOverTheProject() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().javaVersion("21"));
        assertEquals("docker.io/library/maven:3.9.16-eclipse-temurin-21", builderImage(plan));
        assertTrue(
                plan.decisions().contains("Java 21 (from <javaVersion>)"),
                plan.decisions().toString());
    }

    @Test
    void noJavaLevelInThePomMeansTheOldestSupportedRelease() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.pomProperties.clear();
        assertEquals("docker.io/library/maven:3.9.16-eclipse-temurin-17", builderImage(plan(project)));
    }

    @ParameterizedTest(name = "{0} runtime on Java {1}")
    @CsvSource({
        "distroless, 17, gcr.io/distroless/java17-debian13:nonroot",
        "temurin, 21, docker.io/library/eclipse-temurin:21-jre-noble",
        "alpine, 25, docker.io/library/eclipse-temurin:25-jre-alpine",
        "distroless, 25, gcr.io/distroless/java25-debian13:nonroot"
    })
    void runtimeFlavourPicksTheCatalogImage(String flavour, String release, String image) throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(), GeneratorConfig.builder().runtime(flavour).javaVersion(release));
        assertEquals(image, runtimeImage(plan));
    }

    @Test
    void imageParametersReplaceTheCatalog() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .builderImage("registry.example.com/build/maven:3.9-jdk17")
                        .runtimeImage("registry.example.com/base/jre@sha256:" + "a".repeat(64)));
        assertEquals("registry.example.com/build/maven:3.9-jdk17", builderImage(plan));
        assertEquals("registry.example.com/base/jre@sha256:" + "a".repeat(64), runtimeImage(plan));
    }

    @Test
    void mainClassParameterWinsOverTheManifest() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().mainClass("com.example.Other"));
        List<String> entrypoint = plan.runtimeStage().entrypoint();
        assertEquals("com.example.Other", entrypoint.get(entrypoint.size() - 1));
    }

    @Test
    void missingMainClassFailsNamingTheFix() {
        Fixtures project = Fixtures.plainJar();
        project.mainClass(null);
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("Set <mainClass>"), e.getMessage());
        assertTrue(e.getMessage().contains("-Ddockerfile-gen.mainClass="), e.getMessage());
    }

    @Test
    void mainClassFromThePomMustBeAClassName() {
        Fixtures project = Fixtures.plainJar();
        project.mainClass(null).pomProperties.put("exec.mainClass", "com.example.Main\"]\nRUN rm -rf /");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("from property exec.mainClass is not a class name"), e.getMessage());
    }

    @Test
    void unsupportedPackagingFailsListingWhatIsSupported() {
        Fixtures project = Fixtures.plainJar();
        project.packaging = "rar";
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("<packaging>rar</packaging> is not supported yet"), e.getMessage());
        assertTrue(e.getMessage().contains("Supported packagings: jar"), e.getMessage());
    }

    @Test
    void anEarIsRefusedForWantOfAnApplicationServer() {
        Fixtures project = Fixtures.plainJar();
        project.packaging = "ear";
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(
                e.getMessage()
                        .contains("<packaging>ear</packaging> is not supported: an ear runs only on a Jakarta EE"
                                + " application server"),
                e.getMessage());
        assertTrue(e.getMessage().contains("<skip>true</skip>"), e.getMessage());
    }

    @Test
    void finalNameWithCharactersCopyWouldMisreadFails() {
        Fixtures project = Fixtures.plainJar();
        project.finalName = "my app";
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().contains("<finalName>"), e.getMessage());
    }

    @Test
    void dependenciesAreCopiedInTheirOwnLayerBeforeTheApplication() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar());
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/dependency/", "/app/lib/"),
                        CopyStep.fromStage("build", "/build/target/hello-1.0.0.jar", "/app/app.jar")),
                plan.runtimeStage().copies());
        assertEquals(
                List.of("java", "-XX:MaxRAMPercentage=75", "-cp", "/app/app.jar:/app/lib/*", "com.example.hello.Main"),
                plan.runtimeStage().entrypoint());
    }

    @Test
    void withoutDependenciesThereIsNoLibraryLayerAndNoDependencyPlugin() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.dependencies = List.of();
        BuildPlan plan = plan(project);
        assertEquals(
                List.of(CopyStep.fromStage("build", "/build/target/hello-1.0.0.jar", "/app/app.jar")),
                plan.runtimeStage().copies());
        assertTrue(plan.runtimeStage().entrypoint().contains("/app/app.jar"));
        assertEquals(1, builderCommands(plan).size(), "Maven only: " + builderCommands(plan));
    }

    @Test
    void builderPackagesWithoutRegeneratingAndWithoutExtraPlugins() throws Exception {
        assertEquals(
                List.of("mvn", "-B", "-Ddockerfile-gen.skip=true", "-DskipTests", "package"),
                builderCommands(plan(Fixtures.plainJar())).get(0));
    }

    @Test
    void runtimeJarsAreCopiedFromTheMavenCacheUnderMavensOwnFileNames() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.dependencies = List.of(
                RuntimeDependency.jar("com.example", "util", "2.0-SNAPSHOT"),
                RuntimeDependency.jar("io.netty", "netty-transport-native-epoll", "4.2.0")
                        .withClassifier("linux-x86_64"));
        assertEquals(
                List.of(
                        List.of("mkdir", "-p", "target/dependency"),
                        List.of(
                                "cp",
                                "/root/.m2/repository/com/example/util/2.0-SNAPSHOT/util-2.0-SNAPSHOT.jar",
                                "target/dependency/util-2.0-SNAPSHOT.jar"),
                        List.of(
                                "cp",
                                "/root/.m2/repository/io/netty/netty-transport-native-epoll/4.2.0/"
                                        + "netty-transport-native-epoll-4.2.0-linux-x86_64.jar",
                                "target/dependency/netty-transport-native-epoll-4.2.0-linux-x86_64.jar")),
                builderCommands(plan(project)).subList(1, 4));
    }

    @Test
    void jarsWithTheSameFileNameKeepTheirGroupIdApart() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.dependencies = List.of(
                RuntimeDependency.jar("org.one", "core", "1.0"), RuntimeDependency.jar("org.two", "core", "1.0"));
        assertEquals(
                List.of("target/dependency/org.one.core-1.0.jar", "target/dependency/org.two.core-1.0.jar"),
                builderCommands(plan(project)).stream()
                        .filter(c -> c.get(0).equals("cp"))
                        .map(c -> c.get(2))
                        .toList());
    }

    @Test
    void builderArgsReplaceTheDefaultArguments() throws Exception {
        List<String> command = builderCommands(plan(
                        Fixtures.plainJar(),
                        GeneratorConfig.builder().builderArgs(List.of("-Pprod", "-Dmaven.test.skip=true"))))
                .get(0);
        assertEquals(
                List.of("mvn", "-B", "-Ddockerfile-gen.skip=true", "-Pprod", "-Dmaven.test.skip=true", "package"),
                command.subList(0, 6));
        assertFalse(command.contains("-DskipTests"));
    }

    @Test
    void jvmOptionsFollowTheHeapSizingDefault() throws Exception {
        BuildPlan plan =
                plan(Fixtures.plainJar(), GeneratorConfig.builder().jvmOptions(List.of("-Xss512k", "-Dfoo=bar")));
        assertEquals(
                List.of("java", "-XX:MaxRAMPercentage=75", "-Xss512k", "-Dfoo=bar"),
                plan.runtimeStage().entrypoint().subList(0, 4));
    }

    @Test
    void runsAsANumericNonRootUserByDefault() throws Exception {
        assertEquals(
                "65532:65532", plan(Fixtures.plainJar()).runtimeStage().user().toString());
        assertEquals(
                "10001:10001",
                plan(Fixtures.plainJar(), GeneratorConfig.builder().user("10001:10001"))
                        .runtimeStage()
                        .user()
                        .toString());
    }

    @Test
    void ociLabelsComeFromThePomAndUserLabelsOverrideThem() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .labels(Map.of("org.opencontainers.image.vendor", "ACME", "org.example.team", "payments")));
        assertEquals(
                Map.of(
                        "org.opencontainers.image.title", "Hello",
                        "org.opencontainers.image.description", "A small command-line application.",
                        "org.opencontainers.image.version", "1.0.0",
                        "org.opencontainers.image.url", "https://example.com/hello",
                        "org.opencontainers.image.source", "https://github.com/example/hello",
                        "org.opencontainers.image.vendor", "ACME",
                        "org.opencontainers.image.licenses", "Apache-2.0",
                        "org.example.team", "payments"),
                plan.runtimeStage().labels());
    }

    @Test
    void licensesLabelOnlyForSpdxIds() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.metadata = metadataWithLicenses(List.of("MIT", "apache-2.0"));
        assertEquals(
                "MIT OR Apache-2.0", plan(project).runtimeStage().labels().get("org.opencontainers.image.licenses"));
        project.metadata = metadataWithLicenses(List.of("The Apache Software License, Version 2.0"));
        assertFalse(plan(project).runtimeStage().labels().containsKey("org.opencontainers.image.licenses"));
    }

    @Test
    void titleFallsBackToTheArtifactIdAndAbsentMetadataGivesNoLabel() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.metadata = ProjectMetadata.none();
        project.version = "2.0-SNAPSHOT";
        assertEquals(
                Map.of("org.opencontainers.image.title", "hello", "org.opencontainers.image.version", "2.0-SNAPSHOT"),
                plan(project).runtimeStage().labels());
    }

    @Test
    void buildCommandUsesBuildKitAndAValidTag() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.artifactId = "My_App";
        project.version = "1.0+build.7";
        BuildPlan plan = plan(project);
        assertEquals("my_app:1.0-build.7", plan.imageTag());
        assertEquals(
                "DOCKER_BUILDKIT=1 docker build -f target/Dockerfile -t my_app:1.0-build.7 .", plan.buildCommand());
    }

    @Test
    void outputDirectoryIsWhereTheCommandLooksForTheDockerfile() throws Exception {
        assertEquals(
                "src/main/docker/Dockerfile",
                plan(Fixtures.plainJar(), GeneratorConfig.builder().outputDirectory("src/main/docker"))
                        .dockerfilePath());
        assertEquals(
                "Dockerfile",
                plan(Fixtures.plainJar(), GeneratorConfig.builder().outputDirectory("."))
                        .dockerfilePath());
    }

    @Test
    void runCommandPublishesTheExposedPorts() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().ports(List.of("8080", "9090/udp")));
        assertEquals(
                List.of(Port.tcp(8080), new Port(9090, "udp")),
                plan.runtimeStage().ports());
        assertEquals("docker run --rm -p 8080:8080 -p 9090:9090/udp hello:1.0.0", plan.runCommand());
    }

    private static ProjectMetadata metadataWithLicenses(List<String> licenses) {
        return new ProjectMetadata(
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                licenses);
    }

    @Test
    void theRegenerateCommandRepeatsThisRunsOptions() throws Exception {
        assertEquals(
                "mvn io.github.dockerfilegen:dockerfile-gen-maven-plugin:9.9.9:generate",
                plan(Fixtures.plainJar()).regenerateCommand());
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .runtime("temurin")
                        .commandLineOptions(Map.of(
                                "dockerfile-gen.runtime",
                                "temurin",
                                "dockerfile-gen.jvmOptions",
                                "-Dgreeting=it's me")));
        assertEquals(
                "mvn io.github.dockerfilegen:dockerfile-gen-maven-plugin:9.9.9:generate"
                        + " '-Ddockerfile-gen.jvmOptions=-Dgreeting=it'\\''s me' -Ddockerfile-gen.runtime=temurin",
                plan.regenerateCommand());
    }

    @Test
    void aReactorModuleIsWarnedThatItsParentMustBeInARepository() throws Exception {
        assertEquals(List.of(), plan(Fixtures.plainJar()).warnings());
        Fixtures module = Fixtures.plainJar();
        module.localParent = Optional.of("../pom.xml");
        List<String> warnings = plan(module).warnings();
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).startsWith("The parent POM ../pom.xml is outside this module's build context"));
    }
}
