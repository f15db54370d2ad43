package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
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
        return new DockerfileRenderer(Optional.of(templates.toFile()))
                .render(plan())
                .dockerfile();
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
        var e = assertThrows(ConfigurationException.class, () -> new DockerfileRenderer(Optional.of(missing)));
        assertTrue(e.getMessage().contains("<templateDirectory>"), e.getMessage());
    }

    @Test
    void renderingIsDeterministic() throws Exception {
        DockerfileRenderer renderer = new DockerfileRenderer(Optional.empty());
        assertEquals(renderer.render(plan()), new DockerfileRenderer(Optional.empty()).render(plan()));
    }
}
