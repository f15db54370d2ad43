package io.github.dockerfilegen;

import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.output.AtomicFiles;
import io.github.dockerfilegen.output.GeneratedFiles;
import io.github.dockerfilegen.output.GeneratedFiles.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Writes a multi-stage Dockerfile for this project, and the {@code Dockerfile.dockerignore} next to
 * it: a Maven + JDK builder stage, and a runtime stage holding only a JRE and the application. A file
 * that a person wrote or edited is never replaced unless {@code overwrite} is set.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyCollection = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class GenerateMojo extends AbstractDockerfileMojo {

    /**
     * Replace the Dockerfile even when a person wrote or edited it, for example
     * {@code -Ddockerfile-gen.overwrite}. Without it such a file is left alone and the build fails.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.OVERWRITE, defaultValue = "false")
    protected boolean overwrite;

    @Inject
    public GenerateMojo(ProjectInspector inspector) {
        super(inspector);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Optional<Generated> generated = generate();
            if (generated.isPresent()) {
                write(generated.get());
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dockerfile: " + e.getMessage(), e);
        }
    }

    /** An earlier run's files, unedited, are stale in a library: removed. A file a person edited stays. */
    @Override
    protected void skippedLibrary(Path basedir, Path dockerfile) throws IOException {
        for (Path file : List.of(dockerfile, ignoreFileOf(dockerfile))) {
            if (!Files.exists(file)) {
                continue;
            }
            Path shown = basedir.relativize(file);
            if (GeneratedFiles.isUnedited(Files.readString(file))) {
                Files.delete(file);
                getLog().info("Removed " + shown + ", written when this module was an application.");
            } else {
                getLog().warn(shown + " stays, as a person wrote or edited it, although this module gets no"
                        + " Dockerfile now. Delete it if it is stale.");
            }
        }
    }

    private void write(Generated files) throws IOException, ConfigurationException {
        // Both checked before either is written: a refusal leaves both files as they were.
        Outcome dockerfile = GeneratedFiles.plan(files.dockerfile(), files.dockerfileText(), overwrite);
        Outcome dockerignore = GeneratedFiles.plan(files.dockerignore(), files.dockerignoreText(), overwrite);
        AtomicFiles.write(files.dockerfile(), files.dockerfileText());
        AtomicFiles.write(files.dockerignore(), files.dockerignoreText());

        String path = files.plan().dockerfilePath();
        getLog().info("dockerfile-gen: " + files.facts().packaging() + " project "
                + files.facts().artifactId() + " " + files.facts().version());
        files.plan().decisions().forEach(line -> getLog().info("  " + line));
        files.plan().warnings().forEach(getLog()::warn);
        if (dockerfile == Outcome.OVERWRITE || dockerignore == Outcome.OVERWRITE) {
            getLog().warn("Overwrote hand-edited files (<overwrite> is set).");
        }
        boolean changed = dockerfile != Outcome.UP_TO_DATE || dockerignore != Outcome.UP_TO_DATE;
        getLog().info((changed ? "Wrote " : "Up to date: ") + path + " and " + path + ".dockerignore");
        getLog().info("Build it (in "
                + files.basedir().resolve(files.plan().contextDirectory()).normalize() + "): "
                + files.plan().buildCommand());
        getLog().info("Run it: " + files.plan().runCommand());
    }
}
