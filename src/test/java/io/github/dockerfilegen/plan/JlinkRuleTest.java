package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.BuilderStage;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.Script;
import io.github.dockerfilegen.model.BuildPlan.StageCopy;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A runtime of the modules the application needs: jdeps in a stage of its own, jlink in another. */
class JlinkRuleTest {
    private static BuilderStage stage(BuildPlan plan, String name) {
        return (BuilderStage) plan.stages().stream()
                .filter(s -> s.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> scriptLines(BuilderStage stage) {
        return stage.steps().stream()
                .filter(Script.class::isInstance)
                .flatMap(step -> ((Script) step).lines().stream())
                .toList();
    }

    /** The line that joins the module lists. */
    private static String joined(BuildPlan plan) {
        return scriptLines(stage(plan, "modules")).stream()
                .filter(line -> line.startsWith("echo "))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aPlainJarGetsAModulesStageAJlinkStageAndTheRuntimeOnDistrolessCc() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().jlink(true));
        assertEquals(
                List.of("build", "modules", "jlink", "runtime"),
                plan.stages().stream().map(BuildPlan.Stage::name).toList());
        assertEquals(
                List.of(
                        "docker.io/library/maven:3.9.16-eclipse-temurin-17",
                        "docker.io/library/eclipse-temurin:17-jdk-noble",
                        "gcr.io/distroless/cc-debian13:nonroot"),
                plan.imageArgs().stream().map(BuildPlan.ImageArg::image).toList());

        BuilderStage modules = stage(plan, "modules");
        assertEquals(Optional.of("$BUILDPLATFORM"), modules.platform(), "jdeps runs where Maven does");
        assertEquals(
                List.of(
                        new StageCopy(
                                List.of("The runtime jars alone: the step after them stays cached while they are"
                                        + " unchanged."),
                                "build",
                                "/build/target/dependency/",
                                "libraries/dependency/"),
                        "script",
                        new StageCopy(
                                modules.steps().get(2).comment(),
                                "build",
                                "/build/target/hello-1.0.0.jar",
                                "application/"),
                        "script"),
                modules.steps().stream()
                        .map(step -> step instanceof Script ? (Object) "script" : step)
                        .toList(),
                "the libraries' step comes before the application is copied in");
        assertEquals(
                List.of(
                        "mkdir libraries-classes",
                        "cd libraries-classes",
                        "for jar in $(find ../libraries -name '*.jar'); do jar xf \"$jar\"; done",
                        "find . -name module-info.class -delete",
                        "cd ..",
                        "jdeps --ignore-missing-deps --print-module-deps --multi-release 17 libraries-classes"
                                + " > libraries.txt",
                        "sed -i -e 's/,jdk\\.compiler,/,/' -e 's/,jdk\\.compiler$//' libraries.txt"),
                ((Script) modules.steps().get(1)).lines(),
                "the libraries' classes, unpacked without module-info, read by jdeps in a step of their own");
        assertEquals(
                "echo $(cat libraries.txt),$(cat application.txt),jdk.crypto.ec,jdk.unsupported,jdk.zipfs,"
                        + "jdk.naming.dns,jdk.management > modules.txt",
                joined(plan));

        BuilderStage jlink = stage(plan, "jlink");
        assertEquals(Optional.empty(), jlink.platform(), "jlink runs on the target platform");
        assertEquals("JDK_IMAGE", jlink.imageArg());
        assertEquals(
                new StageCopy(jlink.steps().get(0).comment(), "modules", "/modules/modules.txt", "/modules.txt"),
                jlink.steps().get(0),
                "keyed on the module list alone");
        assertEquals(
                List.of(
                        "jlink --add-modules \"$(cat /modules.txt)\" --strip-java-debug-attributes --no-header-files"
                                + " --no-man-pages --compress=2 --generate-cds-archive --output /runtime",
                        "rm -f /runtime/lib/server/classes_nocoops.jsa"),
                scriptLines(jlink));

        BuildPlan.RuntimeStage runtime = plan.runtimeStage();
        assertEquals(
                CopyStep.fromStage("jlink", "/runtime", "/opt/java/openjdk"),
                runtime.copies().get(0));
        assertEquals("/opt/java/openjdk", runtime.env().get("JAVA_HOME"));
        assertTrue(runtime.env().get("PATH").startsWith("/opt/java/openjdk/bin:"));
        assertEquals("java", runtime.entrypoint().get(0));
    }

    @Test
    void newerReleasesCompressWithZipAndFindTheEllipticCurvesInJavaBase() throws Exception {
        BuildPlan java21 =
                plan(Fixtures.plainJar(), GeneratorConfig.builder().jlink(true).javaVersion("21"));
        assertTrue(scriptLines(stage(java21, "jlink")).get(0).contains(" --compress=zip-6 "));
        assertTrue(joined(java21).contains(",jdk.crypto.ec,"));
        BuildPlan java25 =
                plan(Fixtures.plainJar(), GeneratorConfig.builder().jlink(true).javaVersion("25"));
        assertTrue(!joined(java25).contains("jdk.crypto.ec"));
    }

    @Test
    void theJvmOptionsAndJlinkModulesAddWhatTheyNeed() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .jlink(true)
                        .jvmOptions(List.of("-javaagent:/app/agent.jar", "-XX:StartFlightRecording"))
                        .jlinkModules(List.of("jdk.localedata", "jdk.unsupported")));
        assertTrue(
                joined(plan).endsWith(",jdk.management,java.instrument,jdk.jfr,jdk.localedata > modules.txt"),
                joined(plan));
    }

    @Test
    void temurinGetsDebianSlimAndAlpineAndWarsAreRefused() throws Exception {
        assertEquals(
                "docker.io/library/debian:trixie-slim",
                plan(Fixtures.plainJar(), GeneratorConfig.builder().jlink(true).runtime("temurin"))
                        .imageArgs()
                        .get(2)
                        .image());
        var alpine = assertThrows(
                ConfigurationException.class,
                () -> plan(
                        Fixtures.plainJar(),
                        GeneratorConfig.builder().jlink(true).runtime("alpine")));
        assertTrue(alpine.getMessage().startsWith("<jlink> with <runtime>alpine</runtime>"), alpine.getMessage());
        Fixtures war = Fixtures.plainJar().mainClass(null);
        war.packaging = "war";
        war.provided.add(
                io.github.dockerfilegen.model.RuntimeDependency.jar("jakarta.servlet", "jakarta.servlet-api", "6.0.0"));
        var refused = assertThrows(
                ConfigurationException.class,
                () -> plan(war, GeneratorConfig.builder().jlink(true)));
        assertTrue(refused.getMessage().contains("a war runs on its servlet container's JRE"), refused.getMessage());
    }

    @Test
    void aFatJarRunAsBuiltNeedsItsModulesNamed() throws Exception {
        Fixtures boot = FrameworkFixtures.springBoot("3.5.7")
                .with(Fixtures.plugin(
                        SpringBootLayout.PLUGIN,
                        "3.5.7",
                        "<layers><enabled>false</enabled></layers>",
                        Fixtures.execution("repackage", List.of("repackage"), "")));
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(boot, GeneratorConfig.builder().jlink(true)));
        assertTrue(e.getMessage().contains("Name them all in <jlinkModules>"), e.getMessage());

        BuildPlan named =
                plan(boot, GeneratorConfig.builder().jlink(true).jlinkModules(List.of("java.sql", "java.desktop")));
        assertEquals(
                List.of("build", "jlink", "runtime"),
                named.stages().stream().map(BuildPlan.Stage::name).toList());
        assertTrue(scriptLines(stage(named, "jlink"))
                .get(0)
                .startsWith("jlink --add-modules java.base,jdk.crypto.ec,jdk.unsupported,jdk.zipfs,jdk.naming.dns,"
                        + "jdk.management,java.sql,java.desktop "));
    }

    @Test
    void springBootsLibrariesComeFromItsLayersAndItsClassesFromTheFatJar() throws Exception {
        BuildPlan plan = plan(
                FrameworkFixtures.springBoot("3.5.7"), GeneratorConfig.builder().jlink(true));
        List<String> copied = stage(plan, "modules").steps().stream()
                .filter(StageCopy.class::isInstance)
                .map(step -> ((StageCopy) step).source())
                .toList();
        assertEquals(
                List.of(
                        "/build/target/extracted/dependencies/",
                        "/build/target/extracted/spring-boot-loader/",
                        "/build/target/extracted/snapshot-dependencies/",
                        "/build/target/shop-1.0.0.jar",
                        "/build/target/extracted/application/"),
                copied);
    }
}
