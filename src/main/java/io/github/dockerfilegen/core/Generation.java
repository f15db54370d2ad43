package io.github.dockerfilegen.core;

import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.output.GeneratedFile;
import java.util.List;
import java.util.Objects;

/** What one run of the {@link Generator} came to: the files to write, or why the project gets none. */
public sealed interface Generation {

    /**
     * The project gets no Dockerfile.
     *
     * @param reason why, for the log
     * @param staleFiles files an earlier run may have written that no longer belong here, relative to
     *     the project folder (a module that became a library); empty when nothing is to be removed
     */
    record Skipped(String reason, List<String> staleFiles) implements Generation {
        public Skipped {
            Objects.requireNonNull(reason, "reason");
            staleFiles = List.copyOf(staleFiles);
        }
    }

    /**
     * The Dockerfile and its ignore file, stamped, and the plan they were rendered from (its
     * decisions and warnings are the run's log).
     */
    record Generated(BuildPlan plan, GeneratedFile dockerfile, GeneratedFile dockerignore) implements Generation {
        public Generated {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(dockerfile, "dockerfile");
            Objects.requireNonNull(dockerignore, "dockerignore");
        }

        /** Both files, Dockerfile first. */
        public List<GeneratedFile> files() {
            return List.of(dockerfile, dockerignore);
        }
    }
}
