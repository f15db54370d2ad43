package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.Generate;
import io.github.dockerfilegen.core.Generator;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.RuntimeStage;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.plan.Planner;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DockerfileRendererTest {
    @TempDir
    Path templates;

    private static BuildPlan plan() throws ConfigurationException {
        return new Planner("1.2.3").plan(Fixtures.plainJar().facts(), GeneratorConfig.defaults());
    }

    private String renderWith(String name, String content) throws Exception {
        Path file = templates.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
        return Generate.files(Fixtures.plainJar(), GeneratorConfig.defaults(), Optional.of(templates.toFile()))
                .dockerfile()
                .content();
    }

    @Test
    void aUserTemplateReplacesTheBundledOneOfTheSameName() throws Exception {
        String dockerfile = renderWith(
                "runtime/jre.ftl",
                "FROM ${[=plan.runtime.imageArg]} AS custom\nUSER 1000\n"
                        + "ENTRYPOINT [=json(plan.runtime.entrypoint)]\n");
        assertTrue(dockerfile.contains("\nFROM ${RUNTIME_IMAGE} AS custom\nUSER 1000\n"), dockerfile);
        assertTrue(
                dockerfile.contains("FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS build"),
                "the builder is still the bundled one");
        assertFalse(dockerfile.contains("COPY --from"));
    }

    @Test
    void dockerVariablesPassThroughTemplatesUntouched() throws Exception {
        String dockerfile = renderWith(
                "runtime/jre.ftl", "FROM ${RUNTIME_IMAGE}\nENV PATH=\"/opt/app/bin:${PATH}\"\n" + "USER 1000\n");
        assertTrue(dockerfile.contains("ENV PATH=\"/opt/app/bin:${PATH}\""), dockerfile);
    }

    @Test
    void aBrokenTemplateFailsWithItsNameAndLine() {
        var e = assertThrows(
                ConfigurationException.class, () -> renderWith("runtime/jre.ftl", "FROM x\n<#if plan.runtime.user>\n"));
        assertTrue(e.getMessage().startsWith("Template runtime/jre.ftl line 2"), e.getMessage());
    }

    @Test
    void aTemplateReferringToAMissingValueFailsWithItsNameAndLine() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> renderWith("runtime/jre.ftl", "FROM x\nUSER [=plan.runtime.nobody]\n"));
        assertTrue(e.getMessage().startsWith("Template runtime/jre.ftl line 2 failed"), e.getMessage());
    }

    @Test
    void templatesCannotReachJavaClasses() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> renderWith("runtime/jre.ftl", "[=\"freemarker.template.utility.Execute\"?new()(\"id\")]\n"));
        assertTrue(e.getMessage().contains("runtime/jre.ftl"), e.getMessage());
    }

    @Test
    void anOverrideThatBreaksALintRuleFailsNamingTheTemplateAndLine() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> renderWith(
                        "runtime/jre.ftl", "FROM ${[=plan.runtime.imageArg]} AS runtime\nWORKDIR app\nUSER root\n"));
        String message = e.getMessage();
        assertTrue(message.contains("breaks 2 rules"), message);
        assertTrue(
                message.contains("(template runtime/jre.ftl, line 2 of its output): WORKDIR app\n    DL3000"), message);
        assertTrue(
                message.contains("(template runtime/jre.ftl, line 3 of its output): USER root\n    DL3066"), message);
    }

    @Test
    void aMissingTemplateFolderFailsNamingTheParameter() {
        File missing = templates.resolve("nope").toFile();
        var e = assertThrows(ConfigurationException.class, () -> new Generator("1.2.3", Optional.of(missing)));
        assertTrue(e.getMessage().contains("<templateDirectory>"), e.getMessage());
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        assertEquals(
                Generate.files(Fixtures.plainJar(), GeneratorConfig.defaults()),
                Generate.files(Fixtures.plainJar(), GeneratorConfig.defaults()));
    }

    @Test
    void eachStageIsWrittenByTheTemplateItNamesAndAMissingOneIsNamedBeforeRendering() throws Exception {
        BuildPlan bundled = plan();
        RuntimeStage runtime = bundled.runtimeStage();
        BuildPlan unknownTemplate = BuildPlan.builder()
                .generatorVersion(bundled.generatorVersion())
                .dockerfile(bundled.dockerfilePath(), bundled.contextDirectory(), bundled.dockerfileInContext())
                .regenerateCommand(bundled.regenerateCommand())
                .imageTag(bundled.imageTag())
                .buildCommand(bundled.buildCommand())
                .runCommand(bundled.runCommand())
                .imageArgs(bundled.imageArgs())
                .context(bundled.context())
                .stage(bundled.builderStage())
                .stage(new RuntimeStage(
                        "runtime/jlink",
                        runtime.name(),
                        runtime.imageArg(),
                        runtime.workdir(),
                        runtime.copies(),
                        runtime.user(),
                        runtime.ports(),
                        runtime.env(),
                        runtime.labels(),
                        runtime.entrypoint(),
                        runtime.cmd(),
                        runtime.training(),
                        runtime.serverSetup()))
                .build();
        var e = assertThrows(
                ConfigurationException.class,
                () -> new DockerfileRenderer(Optional.of(templates.toFile())).render(unknownTemplate));
        assertEquals(
                "Template not found: runtime/jlink.ftl, which writes the runtime stage. Override templates by name"
                        + " only (see the bundled ones under templates/).",
                e.getMessage());

        // An override folder that has it: the stage is written by it, and it sees its stage as `stage`.
        Files.createDirectories(templates.resolve("runtime"));
        Files.writeString(
                templates.resolve("runtime/jlink.ftl"),
                "FROM ${[=stage.imageArg]} AS [=stage.name]\nUSER [=stage.user]\nENTRYPOINT [=json(stage.entrypoint)]\n");
        String dockerfile = new DockerfileRenderer(Optional.of(templates.toFile()))
                .render(unknownTemplate)
                .dockerfile();
        assertTrue(
                dockerfile.endsWith(
                        "\nFROM ${RUNTIME_IMAGE} AS runtime\nUSER 65532:65532\nENTRYPOINT [\"java\", "
                                + "\"-XX:MaxRAMPercentage=75\", \"-cp\", \"/app/app.jar:/app/lib/*\", \"com.example.hello.Main\"]\n"),
                dockerfile);
    }

    /** Overrides written against earlier versions keep working: the names and values of the template API stay. */
    @Test
    void anOverrideWrittenForTheTwoStageTemplateApiStillWorks() throws Exception {
        Files.createDirectories(templates.resolve("builder"));
        Files.writeString(
                templates.resolve("Dockerfile.ftl"),
                "<#list plan.imageArgs as arg>\nARG [=arg.name]=[=arg.image]\n</#list>\n\n"
                        + "<#include \"builder/\" + plan.builder.template + \".ftl\">\n\n"
                        + "<#include \"runtime/\" + plan.runtime.template + \".ftl\">\n");
        Files.writeString(
                templates.resolve("builder/maven.ftl"),
                "FROM ${[=plan.builder.imageArg]} AS [=plan.builder.name]\nWORKDIR [=plan.builder.workdir]\n"
                        + "<#list plan.builder.steps as step><#if step.kind == \"copy\">COPY [=step.source] [=step.target]\n"
                        + "<#elseif step.kind == \"run\">RUN [=shell(step.commands[0])]\n</#if></#list>");
        String dockerfile = Generate.files(
                        Fixtures.plainJar(), GeneratorConfig.defaults(), Optional.of(templates.toFile()))
                .dockerfile()
                .content();
        assertTrue(
                dockerfile.contains(
                        "\nFROM ${BUILDER_IMAGE} AS build\nWORKDIR /build\nCOPY pom.xml ./\nCOPY src/ src/\nRUN mvn -B "),
                dockerfile);
        // The bundled runtime template, included the old way, without a `stage`.
        assertTrue(
                dockerfile.contains("\nFROM ${RUNTIME_IMAGE} AS runtime\n"
                        + "# Root until the last USER, whichever user the base image names: WORKDIR makes its folder the\n"
                        + "# current user's, and the application's folder and files must stay read-only to it.\n"
                        + "USER 0:0\nWORKDIR /app\n"
                        + "COPY --from=build /build/target/dependency/ /app/lib/\n"),
                dockerfile);
    }
}
