package io.github.dockerfilegen;

import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.output.ProjectFiles;
import java.io.IOException;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Fails when the Dockerfile (or its {@code .dockerignore}) on disk differs from what
 * {@code generate} would write now, and prints a unified diff. For teams that commit the Dockerfile:
 * bind it to {@code verify} and CI catches a stale one.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyCollection = ResolutionScope.COMPILE_PLUS_RUNTIME,
        threadSafe = true)
public class CheckMojo extends AbstractDockerfileMojo {

    @Inject
    public CheckMojo(ProjectInspector inspector) {
        super(inspector);
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        try {
            Optional<Generation> generation = generation();
            if (generation.isEmpty() || !(generation.get() instanceof Generation.Generated generated)) {
                return;
            }
            String diff = new ProjectFiles(basedir()).diff(generated.files());
            String path = generated.dockerfile().path();
            if (!diff.isEmpty()) {
                getLog().error("The Dockerfile is out of date: it differs from what generate writes now.\n" + diff);
                throw new MojoFailureException(path + " is out of date (diff above). Run "
                        + generated.plan().regenerateCommand() + " and commit the result.");
            }
            getLog().info(path + " is up to date.");
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the Dockerfile: " + e.getMessage(), e);
        }
    }
}
