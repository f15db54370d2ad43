package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.InstalledArtifacts;
import io.github.dockerfilegen.model.Reactor;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A bound plugin that only this machine has travels with the build into the builder's repository. */
class BoundPluginRuleTest {
    private static final String FOLDER = "io/github/dockerfilegen/dockerfile-gen-maven-plugin/0.1.0-SNAPSHOT/";
    private static final List<String> FILES = List.of(
            FOLDER + "dockerfile-gen-maven-plugin-0.1.0-SNAPSHOT.jar",
            FOLDER + "dockerfile-gen-maven-plugin-0.1.0-SNAPSHOT.pom",
            FOLDER + "_remote.repositories",
            FOLDER + "maven-metadata-local.xml");

    /** The bundled example with the plugin bound, as mvn install of this repository leaves it. */
    private static Fixtures bound(boolean installedHere) {
        Fixtures project = Fixtures.plainJar()
                .with(Fixtures.plugin(
                        Planner.PLUGIN, "0.1.0-SNAPSHOT", "", Fixtures.execution("default", List.of("generate"), "")));
        if (installedHere) {
            project.installedPlugin = Optional.of(new InstalledArtifacts("0.1.0-SNAPSHOT", FILES));
        }
        return project;
    }

    private static List<ShellRun> mavenRuns(BuildPlan plan) {
        return plan.builderStage().steps().stream()
                .filter(ShellRun.class::isInstance)
                .map(ShellRun.class::cast)
                .toList();
    }

    @Test
    void aPluginOnlyThisMachineHasIsCopiedSentAndPutIntoTheRepositoryFirst() throws Exception {
        BuildPlan plan = plan(bound(true));
        assertEquals(
                Optional.of(new RepositoryFiles("target/dockerfile-gen/repository", FILES)), plan.localArtifacts());
        ShellRun maven = mavenRuns(plan).get(0);
        assertEquals(
                List.of(
                        "type=cache,target=/root/.m2/repository",
                        "type=bind,source=target/dockerfile-gen/repository,target=/tmp/dockerfile-gen-repository"),
                maven.mounts());
        assertEquals(
                List.of("cp", "-R", "/tmp/dockerfile-gen-repository/.", "/root/.m2/repository/"),
                maven.commands().get(0));
        assertEquals("mvn", maven.commands().get(1).get(0));
        assertEquals(
                List.of("target/dockerfile-gen/repository/"), plan.context().generatedPaths());
        assertTrue(
                plan.decisions()
                        .contains("the builder gets dockerfile-gen-maven-plugin 0.1.0-SNAPSHOT from"
                                + " target/dockerfile-gen/repository, copied from this machine's local repository: the"
                                + " build binds it, and no repository has it (mvn install put it there)"),
                plan.decisions().toString());
    }

    @Test
    void aPluginFromARepositoryOrBehindSettingsStaysThere() throws Exception {
        BuildPlan downloaded = plan(bound(false));
        assertEquals(Optional.empty(), downloaded.localArtifacts());
        assertEquals(List.of(), downloaded.context().generatedPaths());
        assertTrue(downloaded
                .decisions()
                .contains("the builder resolves dockerfile-gen-maven-plugin 0.1.0-SNAPSHOT, which the build binds,"
                        + " from its repositories"));

        BuildPlan privateRepository =
                plan(bound(true), GeneratorConfig.builder().settingsSecret(true));
        assertEquals(Optional.empty(), privateRepository.localArtifacts());
        assertTrue(mavenRuns(privateRepository).get(0).mounts().stream().noneMatch(m -> m.startsWith("type=bind")));

        BuildPlan unbound = plan(Fixtures.plainJar());
        assertEquals(Optional.empty(), unbound.localArtifacts());
        assertTrue(unbound.decisions().stream().noneMatch(d -> d.contains("dockerfile-gen-maven-plugin")));
    }

    @Test
    void everyMavenRunOfALayerCacheOrAReactorModuleGetsItFromTheModulesFolder() throws Exception {
        Fixtures module = bound(true);
        module.reactor = Optional.of(new Reactor(
                "services/api", List.of("pom.xml", "services/api/pom.xml"), List.of("services/api/src/"), List.of()));
        BuildPlan plan = plan(module, GeneratorConfig.builder().dependencyCache("layer"));
        List<ShellRun> runs = mavenRuns(plan);
        assertEquals(2, runs.size(), "go-offline, then package");
        for (ShellRun run : runs) {
            assertEquals(
                    List.of("type=bind,source=services/api/target/dockerfile-gen/repository,"
                            + "target=/tmp/dockerfile-gen-repository"),
                    run.mounts());
            assertEquals("cp", run.commands().get(0).get(0));
        }
        assertEquals(
                List.of("services/api/target/dockerfile-gen/repository/"),
                plan.context().generatedPaths());
    }
}
