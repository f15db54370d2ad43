package io.github.dockerfilegen.core;

import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.output.GeneratedFile;
import io.github.dockerfilegen.output.GeneratedFiles;
import io.github.dockerfilegen.plan.Planner;
import io.github.dockerfilegen.plan.Planner.Planned;
import io.github.dockerfilegen.render.DockerfileRenderer;
import io.github.dockerfilegen.render.RenderedFiles;
import java.io.File;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * One run of the plugin without Maven: what inspection found and the validated configuration in,
 * the files to write (or why there are none) and the decision log out. Plan, render, stamp; writing
 * is {@link io.github.dockerfilegen.output.ProjectFiles}'s business, inspection the caller's.
 */
public final class Generator {
    private final Planner planner;
    private final Future<DockerfileRenderer> renderer;

    /**
     * Starts making the renderer at once, on a thread of its own: create the generator before
     * inspecting the project.
     *
     * @param pluginVersion the plugin's own version, written into the header
     * @param templateDirectory a folder whose templates replace bundled ones of the same name, if any
     */
    public Generator(String pluginVersion, Optional<File> templateDirectory) throws ConfigurationException {
        this.planner = new Planner(pluginVersion);
        this.renderer = DockerfileRenderer.start(templateDirectory);
    }

    public Generation generate(ProjectFacts facts, GeneratorConfig config) throws ConfigurationException {
        Planned planned = planner.decide(facts, config);
        // A template that does not parse fails every project, skipped or not.
        DockerfileRenderer ready = renderer();
        if (planned instanceof Planned.Skip skip) {
            return new Generation.Skipped(
                    skip.reason(),
                    skip.removesEarlierFiles()
                            ? List.of(skip.dockerfilePath(), ignoreFileOf(skip.dockerfilePath()))
                            : List.of());
        }
        BuildPlan plan = ((Planned.Ready) planned).plan();
        RenderedFiles files = ready.render(plan);
        return new Generation.Generated(
                plan,
                new GeneratedFile(plan.dockerfilePath(), GeneratedFiles.stamp(files.dockerfile())),
                new GeneratedFile(ignoreFileOf(plan.dockerfilePath()), GeneratedFiles.stamp(files.dockerignore())));
    }

    private DockerfileRenderer renderer() throws ConfigurationException {
        try {
            return renderer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the templates were read", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof ConfigurationException failure) {
                throw failure;
            } else if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            } else if (e.getCause() instanceof Error failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The ignore file BuildKit, podman and buildah read for a Dockerfile: beside it, named after it. */
    static String ignoreFileOf(String dockerfilePath) {
        return dockerfilePath + ".dockerignore";
    }
}
