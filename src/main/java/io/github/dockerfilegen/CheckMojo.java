package io.github.dockerfilegen;

import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.output.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
            Optional<Generated> generated = generate();
            if (generated.isEmpty()) {
                return;
            }
            Generated files = generated.get();
            String diff = diff(files.basedir(), files.dockerfile(), files.dockerfileText())
                    + diff(files.basedir(), files.dockerignore(), files.dockerignoreText());
            if (!diff.isEmpty()) {
                getLog().error("The Dockerfile is out of date: it differs from what generate writes now.\n" + diff);
                throw new MojoFailureException(files.plan().dockerfilePath() + " is out of date (diff above). Run "
                        + files.plan().regenerateCommand() + " and commit the result.");
            }
            getLog().info(files.plan().dockerfilePath() + " is up to date.");
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot read the Dockerfile: " + e.getMessage(), e);
        }
    }

    private static String diff(Path basedir, Path file, String expected) throws IOException {
        String name = basedir.relativize(file).toString().replace('\\', '/');
        if (!Files.exists(file)) {
            return "--- " + name + " (missing)\n";
        }
        String actual = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
        return UnifiedDiff.of(name + " (on disk)", actual, name + " (generated now)", expected);
    }
}
