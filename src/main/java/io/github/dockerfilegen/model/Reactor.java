package io.github.dockerfilegen.model;

import java.util.List;
import java.util.Objects;

/**
 * The multi-module build a project is a module of, when Maven builds it from the reactor's root
 * ({@code maven.multiModuleProjectDirectory}). The build context is then that root.
 *
 * @param module the project's folder relative to the root, with '/', such as {@code services/app}
 * @param poms every module's {@code pom.xml} relative to the root, the root's first: Maven reads them
 *     all to build any one module
 * @param sources the {@code src/} folders, relative to the root, of this module and the modules it
 *     needs (its dependencies and parents in the reactor, transitively), where they exist
 * @param profiles the profiles this run activated with {@code -P}, which may declare modules
 */
public record Reactor(String module, List<String> poms, List<String> sources, List<String> profiles) {
    public Reactor {
        Objects.requireNonNull(module, "module");
        poms = List.copyOf(poms);
        sources = List.copyOf(sources);
        profiles = List.copyOf(profiles);
    }
}
