package io.github.dockerfilegen;

import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.output.ProjectFiles;
import java.io.IOException;
import java.nio.file.Path;
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
        long start = System.nanoTime();
        try {
            Optional<Generation> generation = generation();
            if (generation.isEmpty()) {
                return;
            }
            ProjectFiles files = new ProjectFiles(basedir());
            if (generation.get() instanceof Generation.Skipped skipped) {
                for (ProjectFiles.Notice notice : files.removeStale(skipped.staleFiles())) {
                    if (notice.warning()) {
                        getLog().warn(notice.message());
                    } else {
                        getLog().info(notice.message());
                    }
                }
                return;
            }
            Generation.Generated generated = (Generation.Generated) generation.get();
            report(generated, files.write(generated.files(), overwrite));
            if (generated.plan().localArtifacts().isPresent()) {
                RepositoryFiles artifacts = generated.plan().localArtifacts().get();
                int copied = files.copyRepositoryFiles(localRepository(), artifacts);
                getLog().info(
                                copied == 0
                                        ? "The plugin for the builder in " + artifacts.folder() + " is up to date."
                                        : "Copied " + copied
                                                + " files of the plugin from this machine's local repository into "
                                                + artifacts.folder() + ", for the builder.");
            }
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dockerfile: " + e.getMessage(), e);
        } finally {
            // The goal's own time, without Maven's start-up, for bench/run.sh.
            getLog().debug("dockerfile-gen: the goal took " + (System.nanoTime() - start) / 1_000 + " us");
        }
    }

    private Path localRepository() {
        return Path.of(session.getLocalRepository().getBasedir());
    }

    /** What was detected and decided, what was written, and the commands that build and run the image. */
    private void report(Generation.Generated generated, ProjectFiles.Written written) {
        BuildPlan plan = generated.plan();
        getLog().info("dockerfile-gen: " + project.getPackaging() + " project " + project.getArtifactId() + " "
                + project.getVersion());
        plan.decisions().forEach(line -> getLog().info("  " + line));
        plan.warnings().forEach(getLog()::warn);
        if (written.overwroteEdited()) {
            getLog().warn("Overwrote hand-edited files (<overwrite> is set).");
        }
        getLog().info((written.changed() ? "Wrote " : "Up to date: ")
                + generated.dockerfile().path() + " and "
                + generated.dockerignore().path());
        getLog().info("Build it (in "
                + basedir().resolve(plan.contextDirectory()).normalize() + "): " + plan.buildCommand());
        getLog().info("Run it: " + plan.runCommand());
        plan.testCommand().ifPresent(command -> getLog().info("Test it: " + command));
    }
}
