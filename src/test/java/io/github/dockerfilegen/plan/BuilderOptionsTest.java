package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuilderStep;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.MavenWrapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** How the builder reads settings, pins its Maven, finds its images and what else it is sent. */
class BuilderOptionsTest {

    /** The builder's COPY and RUN steps (the ENV of Maven's JVM options left out). */
    private static List<String> steps(BuildPlan plan) {
        return plan.builderStage().steps().stream()
                .filter(step -> !(step instanceof BuildPlan.Env))
                .map(BuilderOptionsTest::describe)
                .toList();
    }

    private static String describe(BuilderStep step) {
        return step instanceof ContextCopy copy
                ? "COPY " + copy.source()
                : "RUN " + ((ShellRun) step).mounts() + " "
                        + ((ShellRun) step).commands().get(0);
    }

    private static ShellRun mavenRun(BuildPlan plan) {
        return (ShellRun)
                plan.builderStage().steps().get(plan.builderStage().steps().size() - 1);
    }

    @Test
    void mavensJvmRunsC1OnlyOnTheDefaultBuilderUnlessJvmConfigSaysOtherwise() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar());
        assertEquals(
                new BuildPlan.Env(
                        List.of(
                                "Maven's JVM compiles with C1 alone: it lives too short for C2 to pay back.",
                                "A .mvn/jvm.config replaces this."),
                        "MAVEN_OPTS",
                        "-XX:TieredStopAtLevel=1"),
                plan.builderStage().steps().get(0));

        Fixtures tuned = Fixtures.plainJar();
        tuned.mavenConfigFolder = true;
        tuned.mavenJvmConfig = true;
        BuildPlan ownOptions = plan(tuned);
        assertTrue(ownOptions.builderStage().steps().stream().noneMatch(BuildPlan.Env.class::isInstance));
        assertTrue(ownOptions.decisions().contains("Maven's JVM in the builder: the options of .mvn/jvm.config"));

        BuildPlan ownImage =
                plan(Fixtures.plainJar(), GeneratorConfig.builder().builderImage("registry.example.com/maven:3-jdk17"));
        assertTrue(ownImage.builderStage().steps().stream().noneMatch(BuildPlan.Env.class::isInstance));
    }

    @Test
    void theCacheMountHoldsTheRepositoryOnlyAndNoSettingsByDefault() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar());
        assertEquals(
                List.of("type=cache,target=/root/.m2/repository"),
                mavenRun(plan).mounts());
        assertEquals("DOCKER_BUILDKIT=1 docker build -f target/Dockerfile -t hello:1.0.0 .", plan.buildCommand());
    }

    @Test
    void settingsSecretIsMountedBesideTheRepositoryForTheMavenRunOnly() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().settingsSecret(true));
        assertEquals(
                List.of(
                        "type=cache,target=/root/.m2/repository",
                        "type=secret,id=maven-settings,target=/root/.m2/settings.xml,required=true"),
                mavenRun(plan).mounts());
        assertEquals(
                "DOCKER_BUILDKIT=1 docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml"
                        + " -f target/Dockerfile -t hello:1.0.0 .",
                plan.buildCommand());
        long runs = plan.builderStage().steps().stream()
                .filter(step -> step instanceof ShellRun run
                        && run.mounts().stream().anyMatch(m -> m.startsWith("type=secret")))
                .count();
        assertEquals(1, runs, "only the Maven run sees the settings");
    }

    @Test
    void aWrapperProjectDownloadsItsMavenInALayerBeforeThePomsAndBuildsWithIt() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenWrapper = Optional.of(MavenWrapper.AS_GENERATED);
        project.mavenConfigFolder = true;
        BuildPlan plan = plan(project);
        assertEquals(
                List.of(
                        "COPY .mvn/",
                        "COPY mvnw",
                        "RUN [] [./mvnw, --version]",
                        "COPY pom.xml",
                        "COPY src/",
                        "RUN [type=cache,target=/root/.m2/repository] [./mvnw, -B, -Ddockerfile-gen.skip=true,"
                                + " -DskipTests, package]"),
                steps(plan));
        assertEquals(
                "docker.io/library/eclipse-temurin:17-jdk-noble",
                plan.imageArgs().get(0).image());
        assertTrue(
                plan.context().paths().contains("mvnw"), plan.context().paths().toString());
    }

    @Test
    void theWrapperRunsWhateverModeItWasCommittedWith() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenWrapper = Optional.of(MavenWrapper.AS_GENERATED);
        project.mavenConfigFolder = true;
        List<ContextCopy> copies = plan(project).builderStage().steps().stream()
                .filter(ContextCopy.class::isInstance)
                .map(ContextCopy.class::cast)
                .toList();
        for (ContextCopy copy : copies) {
            assertEquals(
                    copy.source().equals("mvnw") ? Optional.of("0755") : Optional.empty(),
                    copy.mode(),
                    "COPY --chmod=0755 for mvnw only, as a checkout without its executable bit still runs it: " + copy);
        }
    }

    @Test
    void aWrapperWithWindowsLineEndingsIsRefusedNamingTheFileAndTheFix() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenConfigFolder = true;
        project.mavenWrapper = Optional.of(new MavenWrapper(true, false, true, false));
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().startsWith("mvnw has Windows line endings (CRLF)"), e.getMessage());
        assertTrue(e.getMessage().contains("\"mvnw text eol=lf\""), e.getMessage());

        // maven-wrapper 3.1's script keeps the \r of the URL it downloads its jar from ...
        project.mavenWrapper = Optional.of(new MavenWrapper(false, true, false, false));
        e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(
                e.getMessage().startsWith(".mvn/wrapper/maven-wrapper.properties has Windows line endings"),
                e.getMessage());
        // ... but not when the jar is there (Java reads the properties), nor 3.3's, which trims values.
        project.mavenWrapper = Optional.of(new MavenWrapper(false, true, false, true));
        assertEquals("./mvnw", mavenRun(plan(project)).commands().get(0).get(0));
        project.mavenWrapper = Optional.of(new MavenWrapper(false, true, true, false));
        assertEquals("./mvnw", mavenRun(plan(project)).commands().get(0).get(0));
    }

    @Test
    void aTestStageRunsVerifyOnTheBuildersOutputWithTheArgsThatDoNotSkipTests() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .testStage(true)
                        .settingsSecret(true)
                        .builderArgs(List.of("-Pci", "-DskipTests", "-Dmaven.test.skip=true")));
        assertEquals(
                List.of("build", "test", "runtime"),
                plan.stages().stream().map(BuildPlan.Stage::name).toList());
        BuildPlan.TestStage test = (BuildPlan.TestStage) plan.stages().get(1);
        assertEquals("build", test.fromStage());
        assertEquals("test/maven", test.template());
        ShellRun run = (ShellRun) test.steps().get(0);
        assertEquals(
                List.of("mvn", "-B", "-Ddockerfile-gen.skip=true", "-Pci", "verify"),
                run.commands().get(0));
        assertEquals(mavenRun(plan).mounts(), run.mounts(), "the same cache mount and settings as the builder");
        assertEquals(
                Optional.of("DOCKER_BUILDKIT=1 docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml"
                        + " --target test -f target/Dockerfile ."),
                plan.testCommand());
        assertTrue(
                plan.runtimeStage().copies().stream()
                        .allMatch(copy -> copy.fromStage().equals(Optional.of("build"))),
                "the image needs nothing of the test stage");
        assertEquals(Optional.empty(), plan(Fixtures.plainJar()).testCommand());
    }

    @Test
    void builderImageOverrideIsKeptForAWrapperProject() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenWrapper = Optional.of(MavenWrapper.AS_GENERATED);
        project.mavenConfigFolder = true;
        BuildPlan plan = plan(project, GeneratorConfig.builder().builderImage("example.com/jdk:21"));
        assertEquals("example.com/jdk:21", plan.imageArgs().get(0).image());
    }

    @Test
    void theMirrorPrefixesEveryDefaultImageAndNoOverride() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().imageMirror("localhost:5000/mirror/"));
        assertEquals(
                "localhost:5000/mirror/library/maven:3.9.16-eclipse-temurin-17",
                plan.imageArgs().get(0).image());
        assertEquals(
                "localhost:5000/mirror/gcr.io/distroless/java17-debian13:nonroot",
                plan.imageArgs().get(1).image());

        BuildPlan overridden = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder().imageMirror("registry.example.com").runtimeImage("eclipse-temurin:17-jre"));
        assertEquals(
                "registry.example.com/library/maven:3.9.16-eclipse-temurin-17",
                overridden.imageArgs().get(0).image());
        assertEquals("eclipse-temurin:17-jre", overridden.imageArgs().get(1).image());
    }

    @Test
    void theMirrorAlsoServesAServletContainer() throws Exception {
        Fixtures war = Fixtures.plainJar().mainClass(null);
        war.packaging = "war";
        war.provided.add(
                io.github.dockerfilegen.model.RuntimeDependency.jar("jakarta.servlet", "jakarta.servlet-api", "6.0.0"));
        BuildPlan plan = plan(war, GeneratorConfig.builder().imageMirror("mirror.example.com:8443/hub"));
        assertEquals(
                "mirror.example.com:8443/hub/library/tomcat:10.1-jre17-temurin-noble",
                plan.imageArgs().get(1).image());
    }

    @Test
    void requestedBuildInputsAreSentBeforeTheSources() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.requestedInputs.add("config/");
        BuildPlan plan = plan(project, GeneratorConfig.builder().buildInputs(List.of("config")));
        assertEquals(List.of("pom.xml", "config/", "src/"), plan.context().paths());
        assertTrue(
                plan.decisions().contains("build context: config/ (<buildInputs>)"),
                plan.decisions().toString());
    }

    @Test
    void aMissingBuildInputFailsNamingTheElementAndTheRoot() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(Fixtures.plainJar(), GeneratorConfig.builder().buildInputs(List.of("checkstyle.xml"))));
        assertTrue(
                e.getMessage()
                        .startsWith("<buildInputs> checkstyle.xml is not in the build context, whose root is"
                                + " the project."),
                e.getMessage());
    }

    @Test
    void aBuildInputThatIsNeverSentIsRefused() {
        Fixtures project = Fixtures.plainJar();
        project.requestedInputs.add("certs/server.key");
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(project, GeneratorConfig.builder().buildInputs(List.of("certs/server.key"))));
        assertTrue(e.getMessage().contains("is never sent into the build context"), e.getMessage());
    }

    @Test
    void dependencyLayerResolvesFromThePomsBeforeTheSourcesWithoutACacheMount() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder().dependencyCache("layer").settingsSecret(true));
        String secret = "type=secret,id=maven-settings,target=/root/.m2/settings.xml,required=true";
        assertEquals(
                List.of(
                        "COPY pom.xml",
                        "RUN [" + secret + "] [mvn, -B, -Ddockerfile-gen.skip=true, -DskipTests,"
                                + " org.apache.maven.plugins:maven-dependency-plugin:3.11.0:go-offline]",
                        "COPY src/",
                        "RUN [" + secret + "] [mvn, -B, -Ddockerfile-gen.skip=true, -DskipTests, package]"),
                steps(plan));
        assertTrue(
                plan.decisions()
                        .contains("dependencies in a layer of their own (<dependencyCache>layer), for a"
                                + " registry cache"),
                plan.decisions().toString());
    }

    @Test
    void aReactorModuleResolvesItsDependencyLayerForTheModulesItNeeds() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.reactor = java.util.Optional.of(new io.github.dockerfilegen.model.Reactor(
                "app", List.of("pom.xml", "app/pom.xml", "lib/pom.xml"), List.of("app/src/", "lib/src/"), List.of()));
        BuildPlan plan = plan(project, GeneratorConfig.builder().dependencyCache("layer"));
        assertEquals(
                List.of(
                        "COPY pom.xml",
                        "COPY app/pom.xml",
                        "COPY lib/pom.xml",
                        "RUN [] [mvn, -B, -Ddockerfile-gen.skip=true, -DskipTests, -pl, app, -am,"
                                + " org.apache.maven.plugins:maven-dependency-plugin:3.11.0:go-offline]",
                        "COPY app/src/",
                        "COPY lib/src/",
                        "RUN [] [mvn, -B, -Ddockerfile-gen.skip=true, -DskipTests, -pl, app, -am, package]"),
                steps(plan));
    }

    @Test
    void anUnknownDependencyCacheIsRefusedWithTheChoices() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> GeneratorConfig.builder().dependencyCache("registry").build());
        assertTrue(
                e.getMessage().contains("<dependencyCache> 'registry': must be one of: mount, layer"), e.getMessage());
    }

    @Test
    void certificatesAreTrustedFirstByTheSystemAndTheJvmInTheBuilderOnly() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenWrapper = Optional.of(MavenWrapper.AS_GENERATED);
        project.mavenConfigFolder = true;
        project.requestedInputs.add("certs/corp-ca.crt");
        BuildPlan plan = plan(project, GeneratorConfig.builder().builderCertificates(List.of("certs/corp-ca.crt")));
        assertEquals(
                List.of(
                        "COPY certs/corp-ca.crt",
                        "RUN [] [cp, certs/corp-ca.crt, /usr/local/share/ca-certificates/dockerfile-gen-certs-corp-ca.crt]",
                        "COPY .mvn/",
                        "COPY mvnw",
                        "RUN [] [./mvnw, --version]",
                        "COPY pom.xml",
                        "COPY src/",
                        "RUN [type=cache,target=/root/.m2/repository] [./mvnw, -B, -Ddockerfile-gen.skip=true,"
                                + " -DskipTests, package]"),
                steps(plan));
        ShellRun trust = (ShellRun) plan.builderStage().steps().get(2);
        assertEquals(
                List.of(
                        "update-ca-certificates",
                        "keytool -importcert -noprompt -cacerts -storepass changeit -alias"
                                + " dockerfile-gen-certs-corp-ca -file certs/corp-ca.crt"),
                trust.commands().subList(1, 3).stream()
                        .map(c -> String.join(" ", c))
                        .toList());
        assertTrue(
                plan.runtimeStage().copies().stream()
                        .noneMatch(copy -> copy.source().contains("cert")),
                plan.runtimeStage().copies().toString());
    }

    @Test
    void aCertificateMustBeACrtFileInTheContext() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(Fixtures.plainJar(), GeneratorConfig.builder().builderCertificates(List.of("ca.crt"))));
        assertTrue(
                e.getMessage().startsWith("<builderCertificates> ca.crt is not in the build context"), e.getMessage());
        String message = assertThrows(
                        ConfigurationException.class,
                        () -> GeneratorConfig.builder()
                                .builderCertificates(List.of("certs/ca.pem"))
                                .build())
                .getMessage();
        assertTrue(
                message.contains("<builderCertificates> 'certs/ca.pem': must be a PEM certificate file ending .crt"),
                message);
    }

    @Test
    void argsBecomeTheCmdAndExtraFilesComeFromTheContextAfterTheApplication() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.requestedInputs.add("config.yml");
        project.requestedInputs.add("conf/");
        BuildPlan plan = plan(
                project,
                GeneratorConfig.builder()
                        .args(List.of("server", "/app/config.yml"))
                        .extraFile("config.yml", "/app/config.yml", "644")
                        .extraFile("conf", "/etc/service/", null));
        assertEquals(List.of("server", "/app/config.yml"), plan.runtimeStage().cmd());
        var copies = plan.runtimeStage().copies();
        assertEquals(
                BuildPlan.CopyStep.fromContext("config.yml", "/app/config.yml").withMode(Optional.of("0644")),
                copies.get(copies.size() - 2));
        assertEquals(BuildPlan.CopyStep.fromContext("conf/", "/etc/service/"), copies.get(copies.size() - 1));
        assertEquals(List.of("config.yml", "conf/"), plan.context().runtimePaths());
        assertTrue(
                plan.builderStage().steps().stream()
                        .noneMatch(step -> step instanceof ContextCopy copy
                                && copy.source().startsWith("conf")),
                "the builder does not copy them");
    }

    @Test
    void extraFilesAreValidatedElementByElement() {
        String message = assertThrows(
                        ConfigurationException.class,
                        () -> GeneratorConfig.builder()
                                .extraFile("../secrets.yml", "/app/x", null)
                                .extraFile("config.yml", "app/config.yml", "0999")
                                .extraFile(null, "/app/y", null)
                                .build())
                .getMessage();
        assertTrue(message.contains("<extraFiles/from> '../secrets.yml'"), message);
        assertTrue(message.contains("<extraFiles/into> 'app/config.yml': must be an absolute path"), message);
        assertTrue(message.contains("<extraFiles/mode> '0999': must be an octal mode"), message);
        assertTrue(message.contains("<extraFiles/from> '': is required"), message);
    }
}
