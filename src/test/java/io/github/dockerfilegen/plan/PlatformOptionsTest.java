package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.RuntimeUser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The platform the builder runs on, and images for platforms that run any uid in group 0 (OpenShift). */
class PlatformOptionsTest {

    private static Fixtures tomcatWar() {
        Fixtures project = new Fixtures().mainClass(null);
        project.packaging = "war";
        project.finalName = "shop";
        project.provided.add(RuntimeDependency.jar("jakarta.servlet", "jakarta.servlet-api", "6.0.0"));
        return project;
    }

    @Test
    void theBuilderRunsOnTheBuildMachinesPlatformUnlessSwitchedOff() throws Exception {
        assertEquals(
                Optional.of("$BUILDPLATFORM"),
                plan(Fixtures.plainJar()).builderStage().platform());
        BuildPlan off = plan(Fixtures.plainJar(), GeneratorConfig.builder().builderOnBuildPlatform(false));
        assertEquals(Optional.empty(), off.builderStage().platform());
        assertTrue(off.decisions().stream().anyMatch(d -> d.contains("<builderOnBuildPlatform>false")));
    }

    @Test
    void aNativeLibraryForOnePlatformIsPointedOutWhenTheBuilderRunsOnTheBuildMachines() throws Exception {
        Fixtures project = Fixtures.plainJar();
        List<RuntimeDependency> all = new ArrayList<>(project.dependencies);
        all.add(RuntimeDependency.jar("io.netty", "netty-transport-native-epoll", "4.2.7.Final")
                .withClassifier("linux-x86_64"));
        project.dependencies = all;
        BuildPlan plan = plan(project);
        assertTrue(
                plan.warnings().stream()
                        .anyMatch(w -> w.contains("netty-transport-native-epoll")
                                && w.contains("<builderOnBuildPlatform>false")),
                plan.warnings().toString());
        BuildPlan off = plan(project, GeneratorConfig.builder().builderOnBuildPlatform(false));
        assertTrue(off.warnings().isEmpty(), off.warnings().toString());
        assertTrue(plan(Fixtures.plainJar()).warnings().isEmpty());
    }

    @Test
    void openshiftRunsTheApplicationInGroupZeroWithAWritableHomeAndNoRun() throws Exception {
        BuildPlan plan = plan(Fixtures.plainJar(), GeneratorConfig.builder().openshift(true));
        assertEquals("65532:0", plan.runtimeStage().user().toString());
        assertEquals("/home/app", plan.runtimeStage().env().get("HOME"));
        assertEquals(
                CopyStep.fromStage("build", "/build/target/container-writable/1/", "/home/")
                        .ownedBy(RuntimeUser.parse("65532:0").orElseThrow(), Optional.of("0775")),
                plan.runtimeStage().copies().get(0));
        assertTrue(builderCommands(plan).contains(List.of("mkdir", "-p", "target/container-writable/1/app")));
        // The application's own files stay root's: only the folders it writes to are given away.
        plan.runtimeStage()
                .copies()
                .subList(1, plan.runtimeStage().copies().size())
                .forEach(copy -> {
                    assertEquals(Optional.empty(), copy.owner(), copy.toString());
                    assertEquals(Optional.empty(), copy.mode(), copy.toString());
                });
    }

    @Test
    void aHomeFromEnvIsKeptAndNotMadeWritable() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(), GeneratorConfig.builder().openshift(true).env(Map.of("HOME", "/tmp")));
        assertEquals("/tmp", plan.runtimeStage().env().get("HOME"));
        assertTrue(plan.runtimeStage().copies().stream()
                .noneMatch(copy -> copy.target().equals("/home/")));
    }

    @Test
    void writableDirectoriesAreOneCopyPerParentParentsFirst() throws Exception {
        BuildPlan plan = plan(
                Fixtures.plainJar(),
                GeneratorConfig.builder()
                        .writableDirectories(List.of("/app/data/cache", "/app/data", "/var/log/app/")));
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/container-writable/1/", "/app/")
                                .ownedBy(RuntimeUser.parse("65532:65532").orElseThrow(), Optional.empty()),
                        CopyStep.fromStage("build", "/build/target/container-writable/2/", "/app/data/")
                                .ownedBy(RuntimeUser.parse("65532:65532").orElseThrow(), Optional.empty()),
                        CopyStep.fromStage("build", "/build/target/container-writable/3/", "/var/log/")
                                .ownedBy(RuntimeUser.parse("65532:65532").orElseThrow(), Optional.empty())),
                plan.runtimeStage().copies().subList(0, 3));
        assertEquals(
                List.of(
                        List.of("mkdir", "-p", "target/container-writable/1/data"),
                        List.of("mkdir", "-p", "target/container-writable/2/cache"),
                        List.of("mkdir", "-p", "target/container-writable/3/app")),
                builderCommands(plan)
                        .subList(
                                builderCommands(plan).size() - 3,
                                builderCommands(plan).size()));
        assertFalse(plan.runtimeStage().env().containsKey("HOME"), "HOME is only set for <openshift>");
    }

    @Test
    void aTomcatWarUnderOpenshiftGivesItsFoldersToGroupZero() throws Exception {
        BuildPlan plan =
                plan(tomcatWar(), GeneratorConfig.builder().openshift(true).user("1001"));
        assertEquals("1001:0", plan.runtimeStage().user().toString());
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/container-writable/1/", "/home/")
                                .ownedBy(RuntimeUser.parse("1001:0").orElseThrow(), Optional.of("0775")),
                        CopyStep.fromStage("build", "/build/target/container-writable/2/", "/usr/local/tomcat/")
                                .ownedBy(RuntimeUser.parse("1001:0").orElseThrow(), Optional.of("0775")),
                        CopyStep.fromStage("build", "/build/target/container-writable/3/", "/usr/local/tomcat/conf/")
                                .ownedBy(RuntimeUser.parse("1001:0").orElseThrow(), Optional.of("0775"))),
                plan.runtimeStage().copies().subList(0, 3));
    }

    @Test
    void badValuesNameTheirElement() {
        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> GeneratorConfig.builder()
                        .openshift(true)
                        .user("1000:1000")
                        .writableDirectories(List.of("relative/dir", "/", "/app/../etc", "/app\nRUN id"))
                        .build());
        assertTrue(e.getMessage().contains("<user>"), e.getMessage());
        assertTrue(e.getMessage().contains("group 0"), e.getMessage());
        for (String bad : List.of("relative/dir", "'/'", "/app/../etc")) {
            assertTrue(e.getMessage().contains(bad), bad + " in " + e.getMessage());
        }
        assertEquals(5, e.getMessage().lines().filter(l -> l.startsWith("  - ")).count(), e.getMessage());
    }
}
