package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.InstalledArtifacts;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.Optional;

/**
 * This plugin bound in the project's build: the builder's Maven resolves it as well (then skips it),
 * so it must find it. A version that only this machine's local repository has ({@code mvn install} of
 * a snapshot, a fork or a patched build) travels with the build: copied next to the Dockerfile into a
 * folder laid out as a Maven repository, sent in the build context, and put into the builder's
 * repository inside the Maven run (a {@code COPY} there would be hidden by the cache mount). Not with
 * {@code <settingsSecret>}: the user's own repositories serve it then. Its dependencies come from the
 * builder's repositories as every other plugin's do.
 */
final class BoundPluginRule {
    /** Where the copy goes, under the build directory: {@code mvn clean} removes it with the rest. */
    static final String FOLDER = "dockerfile-gen/repository";

    private BoundPluginRule() {}

    static Optional<RepositoryFiles> localArtifacts(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        // Maven resolves a build plugin only for the goals it runs: configuration alone needs nothing.
        Optional<BuildPlugin> bound = facts.plugin(Planner.PLUGIN)
                .filter(plugin ->
                        plugin.executions().stream().anyMatch(e -> !e.goals().isEmpty()));
        if (bound.isEmpty()) {
            return Optional.empty();
        }
        String plugin = bound.get().describe();
        Optional<InstalledArtifacts> installed = facts.installedPlugin();
        if (installed.isEmpty()) {
            log.decide("the builder resolves " + plugin + ", which the build binds, from its repositories");
            return Optional.empty();
        }
        if (config.settingsSecret()) {
            log.decide("the builder resolves " + plugin + " from the repositories of your settings.xml"
                    + " (<settingsSecret>), although only this machine's local repository has it");
            return Optional.empty();
        }
        RepositoryFiles files = new RepositoryFiles(
                Folders.target(facts) + "/" + FOLDER, installed.get().files());
        log.decide("the builder gets " + plugin + " from " + files.folder() + ", copied from this machine's local"
                + " repository: the build binds it, and no repository has it (mvn install put it there)");
        return Optional.of(files);
    }
}
