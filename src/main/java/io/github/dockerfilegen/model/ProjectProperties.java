package io.github.dockerfilegen.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The properties a build sees: the POM's (inherited ones included) and the user properties given
 * on the command line, which win, as they do for every plugin that reads them.
 *
 * @param pom {@code <properties>} of the project and its parents
 * @param commandLine {@code -D} user properties of this run
 */
public record ProjectProperties(Map<String, String> pom, Map<String, String> commandLine) {
    public ProjectProperties {
        pom = Map.copyOf(pom);
        commandLine = Map.copyOf(commandLine);
    }

    public static ProjectProperties none() {
        return new ProjectProperties(Map.of(), Map.of());
    }

    /** The value, with where it came from; empty when unset or blank. */
    public Optional<Detected> get(String name) {
        Objects.requireNonNull(name, "name");
        String fromCommandLine = commandLine.get(name);
        if (fromCommandLine != null && !fromCommandLine.isBlank()) {
            return Optional.of(new Detected(fromCommandLine.trim(), "-D" + name));
        }
        String fromPom = pom.get(name);
        if (fromPom != null && !fromPom.isBlank()) {
            return Optional.of(new Detected(fromPom.trim(), "property " + name));
        }
        return Optional.empty();
    }
}
