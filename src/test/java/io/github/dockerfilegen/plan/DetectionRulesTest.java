package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.Fixtures.execution;
import static io.github.dockerfilegen.Fixtures.plugin;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The rules that read the project: Java release, main class, build context, labels. */
class DetectionRulesTest {
    private static final String COMPILER = "org.apache.maven.plugins:maven-compiler-plugin";

    private static Optional<Detected> javaLevel(Fixtures project) {
        return JavaReleaseRule.detected(project.facts());
    }

    @Test
    void releaseWinsOverTargetAndPluginConfigurationOverItsProperty() {
        Fixtures project = Fixtures.plainJar().with(plugin(COMPILER, "3.16.0", "<target>1.8</target>"));
        project.pomProperties.put("maven.compiler.release", "21");
        project.pomProperties.put("maven.compiler.target", "11");
        assertEquals(Optional.of(new Detected("21", "property maven.compiler.release")), javaLevel(project));

        project.with(plugin(COMPILER, "3.16.0", "<release>17</release>"));
        assertEquals(Optional.of(new Detected("17", "maven-compiler-plugin <release>")), javaLevel(project));
    }

    @Test
    void theMainCompileExecutionWinsAndTestCompileIsIgnored() {
        Fixtures project = Fixtures.plainJar()
                .with(plugin(
                        COMPILER,
                        "3.16.0",
                        "<release>17</release>",
                        execution("default-testCompile", List.of("testCompile"), "<release>25</release>"),
                        execution("default-compile", List.of("compile"), "<release>21</release>")));
        assertEquals("21", javaLevel(project).orElseThrow().value());
    }

    @Test
    void commandLinePropertiesWinOverThePomsAndALevelRoundedUpIsSaid() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.pomProperties.clear();
        project.pomProperties.put("maven.compiler.target", "1.8");
        assertTrue(
                plan(project)
                        .decisions()
                        .contains(
                                "Java 17 (from property maven.compiler.target 1.8, rounded up to the next release with images)"));
        project.commandLine.put("maven.compiler.target", "21");
        assertEquals(Optional.of(new Detected("21", "-Dmaven.compiler.target")), javaLevel(project));
    }

    @Test
    void mainClassSourcesInOrder() throws Exception {
        Fixtures project = Fixtures.plainJar()
                .with(plugin(MainClassRule.EXEC_PLUGIN, "3.6.3", "<mainClass>a.FromExec</mainClass>"))
                // Configured but not run: no uber-jar, only a place the main class is named.
                .with(plugin(
                        PackagedJars.SHADE,
                        "3.6.2",
                        "<transformers><transformer><mainClass>a.FromShade</mainClass></transformer></transformers>"));
        project.pomProperties.put("exec.mainClass", "a.FromProperty");
        assertEquals("com.example.hello.Main", mainClass(project));
        project.mainClass(null);
        assertEquals("a.FromExec", mainClass(project));
        project.plugins.removeIf(p -> p.key().equals(MainClassRule.EXEC_PLUGIN));
        assertEquals("a.FromProperty", mainClass(project));
        project.pomProperties.remove("exec.mainClass");
        assertEquals("a.FromShade", mainClass(project));
        project.plugins.clear();
        assertThrows(ConfigurationException.class, () -> mainClass(project));
    }

    @Test
    void anUnresolvedMainClassIsPassedOverAndNamedWhenNothingElseIsFound() {
        Fixtures project = Fixtures.plainJar().mainClass("${start-class}");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(
                e.getMessage()
                        .contains("('${start-class}' in maven-jar-plugin <archive><manifest><mainClass> is not"
                                + " defined)"),
                e.getMessage());
    }

    private static String mainClass(Fixtures project) throws ConfigurationException {
        List<String> entrypoint = plan(project).runtimeStage().entrypoint();
        return entrypoint.get(entrypoint.size() - 1);
    }

    @Test
    void filesTheBuildNamesAreCopiedAndSentButNeverSecretsOrVersionControl() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.buildInputs.addAll(List.of("checkstyle.xml", "config/license/", "config/header.txt", ".git/"));
        BuildPlan plan = plan(project);
        assertEquals(
                List.of("pom.xml", "checkstyle.xml", "config/license/", "config/header.txt", "src/"),
                plan.context().paths());
        assertEquals(
                List.of(
                        new ContextCopy(
                                List.of("What the build reads, and nothing else (see the .dockerignore)."),
                                "pom.xml",
                                "./",
                                Optional.empty()),
                        new ContextCopy(List.of(), "checkstyle.xml", "./", Optional.empty()),
                        new ContextCopy(List.of(), "config/license/", "config/license/", Optional.empty()),
                        new ContextCopy(List.of(), "config/header.txt", "config/", Optional.empty()),
                        new ContextCopy(List.of(), "src/", "src/", Optional.empty())),
                plan.builderStage().steps().subList(1, 6));
        assertTrue(
                plan.warnings().get(0).startsWith("The build reads .git/, which is never sent"),
                plan.warnings()::toString);
        assertTrue(BuildContextRule.neverSent("src/main/resources/tls.key"));
        assertFalse(BuildContextRule.neverSent("src/main/resources/keys.txt"));
    }

    @Test
    void theSourceLabelIsAWebUrlFromTheScmUrlOrItsConnection() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.metadata = new ProjectMetadata(
                Optional.empty(),
                Optional.empty(),
                Optional.of("not a url"),
                Optional.of("git@github.com:example/hello.git"),
                Optional.of("scm:git:https://github.com/example/hello.git"),
                Optional.empty(),
                List.of());
        var labels = plan(project).runtimeStage().labels();
        assertEquals("https://github.com/example/hello.git", labels.get("org.opencontainers.image.source"));
        assertFalse(labels.containsKey("org.opencontainers.image.url"));
    }

    @Test
    void anHttpServerWithoutAKnownPortIsWarnedAbout() throws Exception {
        Fixtures javalin = Fixtures.plainJar().dependency("io.javalin", "javalin", "6.7.0");
        List<String> warnings = plan(javalin).warnings();
        assertTrue(
                warnings.contains("io.javalin:javalin is an HTTP server on the runtime classpath, but no port is known,"
                        + " so the image exposes none: set <ports> (for example -Ddockerfile-gen.ports=8080)."),
                warnings::toString);
        assertEquals(
                List.of(),
                Plans.plan(javalin, GeneratorConfig.builder().ports(List.of("7000")))
                        .warnings());
    }

    @Test
    void gitCommitIdIsSkippedInTheBuilderWithAWarning() throws Exception {
        Fixtures project = Fixtures.plainJar()
                .with(plugin(
                        "io.github.git-commit-id:git-commit-id-maven-plugin",
                        "9.0.1",
                        "",
                        execution("get-the-git-infos", List.of("revision"), "")));
        BuildPlan plan = plan(project);
        assertTrue(Plans.builderCommands(plan).get(0).contains("-Dmaven.gitcommitid.skip=true"));
        assertTrue(
                plan.warnings().get(0).startsWith("The builder skips git-commit-id-maven-plugin"),
                plan.warnings()::toString);
    }

    @Test
    void anotherBuildDirectoryIsWhereTheJarsAreAndOneOutsideTheProjectIsRefused() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.buildDirectory = "build";
        BuildPlan plan = plan(project);
        assertEquals(List.of("/build/build/dependency/", "/build/build/hello-1.0.0.jar"), Plans.copiedFrom(plan));
        assertEquals(
                List.of("mkdir", "-p", "build/dependency"),
                Plans.builderCommands(plan).get(1));
        project.buildDirectory = "/tmp/elsewhere";
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(
                e.getMessage().startsWith("<build><directory> /tmp/elsewhere is outside the project"), e.getMessage());
    }

    @Test
    void systemScopedJarsInsideTheProjectAreSentAndOnesOutsideAreRefused() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.systemPaths.addAll(List.of("lib/vendor.jar", "src/main/lib/other.jar"));
        assertEquals(
                List.of("pom.xml", "lib/vendor.jar", "src/"),
                plan(project).context().paths());
        project.systemPaths.add("/opt/vendor/sdk.jar");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(
                e.getMessage().contains("/opt/vendor/sdk.jar (<systemPath>) is outside the project"), e.getMessage());
    }

    @Test
    void whatOnlyThisMachineHasInstalledIsWarnedAboutWithAFixThatWorks() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.installedOnly.add("com.acme:lib:1.0-SNAPSHOT");
        List<String> warnings = plan(project).warnings();
        assertTrue(
                warnings.get(0).startsWith("com.acme:lib:1.0-SNAPSHOT is in this machine's local repository only"),
                warnings::toString);
        assertTrue(warnings.get(0).contains("Deploy it to a repository the builder reads"), warnings::toString);
    }
}
