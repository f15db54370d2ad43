package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.copiedFrom;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Reactor;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReactorPlanTest {
    /** services/api of a reactor with a parent, a library and two applications; -Pextra declares a module. */
    private static Fixtures module() {
        Fixtures project = Fixtures.plainJar();
        project.artifactId = "api";
        project.finalName = "api-1.0";
        project.dependencies = List.of(
                RuntimeDependency.jar("org.apache.commons", "commons-text", "1.15.0"),
                new RuntimeDependency(
                        "com.acme", "lib", "1.0", Optional.empty(), "jar", Optional.of("lib/target/lib-1.0.jar")));
        project.buildInputs.add("config/");
        project.reactor = Optional.of(new Reactor(
                "services/api",
                List.of("pom.xml", "app/pom.xml", "lib/pom.xml", "services/api/pom.xml"),
                List.of("lib/src/", "services/api/src/"),
                List.of("extra")));
        return project;
    }

    @Test
    void theContextIsTheReactorsRootWithEveryPomAndOnlyTheNeededSources() throws Exception {
        BuildPlan plan = plan(module());
        assertEquals(
                List.of(
                        "pom.xml",
                        "app/pom.xml",
                        "lib/pom.xml",
                        "services/api/pom.xml",
                        "config/",
                        "lib/src/",
                        "services/api/src/"),
                plan.context().paths());
        assertEquals(
                "DOCKER_BUILDKIT=1 docker build -f services/api/target/Dockerfile -t api:1.0.0 .", plan.buildCommand());
        assertEquals("../..", plan.contextDirectory());
        assertEquals("target/Dockerfile", plan.dockerfilePath());
    }

    @Test
    void theModuleIsBuiltWithWhatItNeedsAndItsOutputIsTakenFromItsFolder() throws Exception {
        BuildPlan plan = plan(module());
        List<List<String>> commands = builderCommands(plan);
        assertEquals(
                List.of(
                        "mvn",
                        "-B",
                        "-Ddockerfile-gen.skip=true",
                        "-DskipTests",
                        "-pl",
                        "services/api",
                        "-am",
                        "-Pextra",
                        "package"),
                commands.get(0));
        assertEquals(List.of("cd", "services/api"), commands.get(1));
        assertEquals(
                List.of("cp", "../../lib/target/lib-1.0.jar", "target/module-dependency/lib-1.0.jar"),
                commands.get(commands.size() - 1));
        assertEquals(
                List.of(
                        "/build/services/api/target/dependency/",
                        "/build/services/api/target/module-dependency/",
                        "/build/services/api/target/api-1.0.jar"),
                copiedFrom(plan));
        assertTrue(plan.runtimeStage().entrypoint().contains("/app/app.jar:/app/lib/*"));
    }

    /** Why the planner skips the project, if it does. */
    private static Optional<String> skipReason(Fixtures project, GeneratorConfig config) {
        return SkipRule.reason(project.facts(), config, Layouts.detect(project.facts()))
                .map(SkipRule.Skip::reason);
    }

    @Test
    void aLibraryModuleIsSkippedButAnApplicationOrAnExplicitChoiceIsNot() throws Exception {
        Fixtures library = module().mainClass(null);
        assertEquals(
                Optional.of("a library of the reactor (a jar with no main class and no framework launcher)"),
                skipReason(library, GeneratorConfig.defaults()));
        assertEquals(Optional.empty(), skipReason(module(), GeneratorConfig.defaults()));
        Fixtures single = Fixtures.plainJar().mainClass(null);
        assertEquals(Optional.empty(), skipReason(single, GeneratorConfig.defaults()));
        // The planner says where the stale files of an earlier run would be, so they can be removed.
        Planner.Planned planned = new Planner("1.0").decide(library.facts(), GeneratorConfig.defaults());
        assertEquals(
                new Planner.Planned.Skip(
                        "a library of the reactor (a jar with no main class and no framework launcher)",
                        "target/Dockerfile",
                        true),
                planned);
    }

    @Test
    void aPomProjectIsSkippedAndLeavesEarlierFilesAlone() {
        Fixtures parent = Fixtures.plainJar();
        parent.packaging = "pom";
        assertEquals(
                Optional.of("pom packaging has no application to put in an image"),
                skipReason(parent, GeneratorConfig.defaults()));
        assertFalse(SkipRule.reason(parent.facts(), GeneratorConfig.defaults(), Optional.empty())
                .orElseThrow()
                .removesEarlierFiles());
    }

    @Test
    void aMainClassFromTheCommandLineReachesEveryModuleButMakesNoLibraryAnApplication() throws Exception {
        Fixtures library = module().mainClass(null);
        GeneratorConfig fromCommandLine = GeneratorConfig.builder()
                .mainClass("com.example.App")
                .declaresApplication(false)
                .build();
        assertTrue(skipReason(library, fromCommandLine).isPresent());
        GeneratorConfig fromPom =
                GeneratorConfig.builder().mainClass("com.example.App").build();
        assertTrue(fromPom.declaresApplication(), "a main class the POM sets declares an application");
        assertEquals(Optional.empty(), skipReason(library, fromPom));
        GeneratorConfig layoutFromCommandLine = GeneratorConfig.builder()
                .layout("spring-boot")
                .declaresApplication(false)
                .build();
        assertTrue(
                skipReason(library, layoutFromCommandLine).isPresent(),
                "a -D layout that fits no library skips it rather than failing");
    }
}
