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
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class UberJarLayoutTest {
    @Test
    void aPlainShadedJarRunsAsItsThinJarAndDependenciesNeverBoth() throws Exception {
        BuildPlan plan = plan(FrameworkFixtures.shaded(""));
        assertEquals(List.of("/build/target/dependency/", "/build/target/original-hello-1.0.0.jar"), copiedFrom(plan));
        assertEquals(
                List.of("-cp", "/app/app.jar:/app/lib/*", "com.example.Server"),
                plan.runtimeStage().entrypoint().subList(2, 5));
        assertTrue(plan.decisions().stream()
                .anyMatch(d -> d.startsWith("classpath form: target/original-hello-1.0.0.jar")));
    }

    @Test
    void relocationsOrExtraManifestEntriesKeepTheUberJarAsBuilt() throws Exception {
        BuildPlan relocated = plan(FrameworkFixtures.shaded(
                "<relocations><relocation><pattern>org.apache</pattern><shadedPattern>x.org.apache</shadedPattern>"
                        + "</relocation></relocations>"));
        assertEquals(List.of("/build/target/hello-1.0.0.jar"), copiedFrom(relocated));
        assertEquals(
                List.of("-jar", "/app/app.jar"),
                relocated.runtimeStage().entrypoint().subList(2, 4));
        assertEquals(1, builderCommands(relocated).size(), "no dependency copies");

        // Vert.x 5, as its starter builds it: a -fat jar beside the thin one, with Main-Verticle.
        Fixtures vertx = new Fixtures().mainClass(null);
        vertx.pomProperties.put("exec.mainClass", "io.vertx.core.Launcher");
        vertx.with(plugin(
                PackagedJars.SHADE,
                "3.6.2",
                "",
                execution(
                        "default",
                        List.of("shade"),
                        "<transformers><transformer><manifestEntries>"
                                + "<Main-Class>io.vertx.launcher.application.VertxApplication</Main-Class>"
                                + "<Main-Verticle>com.example.MainVerticle</Main-Verticle>"
                                + "</manifestEntries></transformer></transformers>"
                                + "<outputFile>target/hello-1.0.0-fat.jar</outputFile>")));
        BuildPlan plan = plan(vertx);
        assertEquals(List.of("/build/target/hello-1.0.0-fat.jar"), copiedFrom(plan));
        assertTrue(plan.decisions().stream().anyMatch(d -> d.contains("its manifest adds Main-Verticle")));
    }

    @Test
    void shadeOutputNames() throws Exception {
        assertEquals(
                "/build/target/hello-1.0.0-fat.jar",
                copiedFrom(plan(FrameworkFixtures.shaded(
                                "<shadedArtifactAttached>true</shadedArtifactAttached><shadedClassifierName>fat"
                                        + "</shadedClassifierName><relocations><relocation/></relocations>")))
                        .get(0));
        assertEquals(
                "/build/target/app.jar",
                copiedFrom(plan(FrameworkFixtures.shaded(
                                "<finalName>app</finalName><relocations><relocation/></relocations>")))
                        .get(0));
        assertEquals(
                List.of("/build/target/dependency/", "/build/target/hello-1.0.0.jar"),
                copiedFrom(plan(FrameworkFixtures.shaded("<shadedArtifactAttached>true</shadedArtifactAttached>"))));
    }

    @Test
    void assemblyJarWithDependenciesIsLayeredUnlessItOverwritesTheThinJar() throws Exception {
        Fixtures project = new Fixtures().mainClass(null);
        String archive = "<archive><manifest><mainClass>com.example.Main</mainClass></manifest></archive>";
        project.with(plugin(
                PackagedJars.ASSEMBLY,
                "3.8.0",
                "<descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs>" + archive,
                execution("make-assembly", List.of("single"), "")));
        assertEquals(List.of("/build/target/dependency/", "/build/target/hello-1.0.0.jar"), copiedFrom(plan(project)));

        project.with(plugin(
                PackagedJars.ASSEMBLY,
                "3.8.0",
                "<descriptorRefs><descriptorRef>jar-with-dependencies</descriptorRef></descriptorRefs>" + archive
                        + "<appendAssemblyId>false</appendAssemblyId>",
                execution("make-assembly", List.of("single"), "")));
        BuildPlan plan = plan(project);
        assertEquals(List.of("/build/target/hello-1.0.0.jar"), copiedFrom(plan));
        assertEquals(
                List.of("-jar", "/app/app.jar"),
                plan.runtimeStage().entrypoint().subList(2, 4));
    }

    @Test
    void theLayoutParameterPicksAnotherLayoutThatFitsAndRefusesOneThatDoesNot() throws Exception {
        Fixtures micronaut = FrameworkFixtures.micronaut();
        assertTrue(plan(micronaut, GeneratorConfig.builder().layout("uber-jar"))
                .decisions()
                .contains("layout uber-jar (from <layout>)"));
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(Fixtures.plainJar(), GeneratorConfig.builder().layout("quarkus")));
        assertTrue(
                e.getMessage()
                        .contains("<layout>quarkus</layout> does not fit hello (<packaging>jar</packaging>). Layouts"
                                + " that fit: jar (or auto)."),
                e.getMessage());
    }
}
