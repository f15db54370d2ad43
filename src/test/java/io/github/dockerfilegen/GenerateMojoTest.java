package io.github.dockerfilegen;

import static org.apache.maven.api.plugin.testing.MojoExtension.setVariableValueToObject;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Mojo's wiring inside a Maven container: parameters, the injected inspector, skipping, the
 * files it writes and how it fails. Decisions themselves are tested in the planner's tests.
 */
@MojoTest
class GenerateMojoTest {
    @TempDir
    Path basedir;

    private MavenProject project(String packaging) throws Exception {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("wired");
        model.setVersion("3.1.4");
        model.setPackaging(packaging);
        model.setProperties(new Properties());
        model.getProperties().setProperty("maven.compiler.release", "21");
        model.setBuild(new Build());
        model.getBuild().setFinalName("wired-3.1.4");
        model.getBuild().setDirectory(basedir.resolve("target").toString());
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    private void use(AbstractDockerfileMojo mojo, MavenProject project) throws Exception {
        setVariableValueToObject(mojo, "project", project);
        setVariableValueToObject(
                mojo, "outputDirectory", basedir.resolve("target").toFile());
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
    @MojoParameter(name = "ports", value = "8080")
    void writesTheDockerfileAndItsIgnoreFile(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        mojo.execute();
        String dockerfile = Files.readString(basedir.resolve("target/Dockerfile"));
        assertTrue(
                dockerfile.contains("ARG BUILDER_IMAGE=docker.io/library/maven:3.9.16-eclipse-temurin-21\n"),
                dockerfile);
        assertTrue(dockerfile.contains("COPY --from=build /build/target/wired-3.1.4.jar /app/app.jar\n"), dockerfile);
        assertTrue(dockerfile.contains("EXPOSE 8080\n"), dockerfile);
        assertTrue(dockerfile.contains("\"com.example.wired.Main\"]"), dockerfile);
        assertTrue(Files.readString(basedir.resolve("target/Dockerfile.dockerignore"))
                .contains("**/target/"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "skip", value = "true")
    void skipWritesNothing(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        mojo.execute();
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    @Test
    @InjectMojo(goal = "generate")
    void pomPackagingIsSkipped(GenerateMojo mojo) throws Exception {
        use(mojo, project("pom"));
        mojo.execute();
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    @Test
    @InjectMojo(goal = "generate")
    void aMissingMainClassIsAConfigurationFailure(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("Set <mainClass>"), e.getMessage());
        assertFalse(Files.exists(basedir.resolve("target/Dockerfile")));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
    @MojoParameter(name = "runtime", value = "ubuntu")
    void invalidParametersFailBeforeAnythingIsWritten(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("<runtime> 'ubuntu'"), e.getMessage());
        assertFalse(Files.exists(basedir.resolve("target")));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
    void anIdenticalRegenerationLeavesTheFileUntouched(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        mojo.execute();
        Path dockerfile = basedir.resolve("target/Dockerfile");
        var written = Files.getLastModifiedTime(dockerfile);
        String content = Files.readString(dockerfile);
        Files.setLastModifiedTime(dockerfile, java.nio.file.attribute.FileTime.fromMillis(1_000_000));
        mojo.execute();
        assertEquals(content, Files.readString(dockerfile));
        assertEquals(1_000_000, Files.getLastModifiedTime(dockerfile).toMillis(), "not rewritten; was " + written);
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
    void aHandEditedDockerfileIsNeverReplacedSilently(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        mojo.execute();
        Path dockerfile = basedir.resolve("target/Dockerfile");
        String edited = Files.readString(dockerfile).replace("USER 65532:65532", "USER 65532:65532\nHEALTHCHECK NONE");
        Files.writeString(dockerfile, edited);
        setVariableValueToObject(mojo, "ports", java.util.List.of("9090"));

        MojoFailureException e = assertThrows(MojoFailureException.class, mojo::execute);
        assertTrue(e.getMessage().contains("was edited after dockerfile-gen wrote it"), e.getMessage());
        assertEquals(edited, Files.readString(dockerfile));

        setVariableValueToObject(mojo, "overwrite", true);
        mojo.execute();
        assertTrue(Files.readString(dockerfile).contains("EXPOSE 9090\n"));
        assertFalse(Files.readString(dockerfile).contains("HEALTHCHECK"));
    }

    @Test
    @InjectMojo(goal = "generate")
    @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
    void anUneditedGeneratedDockerfileIsReplacedWhenTheConfigurationChanges(GenerateMojo mojo) throws Exception {
        use(mojo, project("jar"));
        mojo.execute();
        setVariableValueToObject(mojo, "ports", java.util.List.of("9090"));
        mojo.execute();
        assertTrue(Files.readString(basedir.resolve("target/Dockerfile")).contains("EXPOSE 9090\n"));
    }

    @Test
    void checkPassesWhenCurrentAndFailsWithADiffWhenStale(
            @InjectMojo(goal = "generate") @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
                    GenerateMojo generate,
            @InjectMojo(goal = "check") @MojoParameter(name = "mainClass", value = "com.example.wired.Main")
                    CheckMojo check)
            throws Exception {
        use(generate, project("jar"));
        use(check, project("jar"));
        MojoFailureException missing = assertThrows(MojoFailureException.class, check::execute);
        assertTrue(missing.getMessage().contains("target/Dockerfile is out of date"), missing.getMessage());

        generate.execute();
        check.execute();

        setVariableValueToObject(check, "ports", java.util.List.of("9090"));
        MojoFailureException stale = assertThrows(MojoFailureException.class, check::execute);
        assertTrue(
                stale.getMessage().contains("Run mvn io.github.dockerfilegen:dockerfile-gen-maven-plugin:"),
                stale.getMessage());
    }
}
