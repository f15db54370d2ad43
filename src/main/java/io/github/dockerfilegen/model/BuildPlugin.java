package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A plugin of the project's build, as Maven sees it after inheritance and plugin management.
 *
 * @param groupId the plugin's groupId
 * @param artifactId the plugin's artifactId
 * @param version the plugin's version, absent when the POM leaves it to Maven
 * @param configuration the plugin-level {@code <configuration>}
 * @param executions its executions, in POM order
 */
public record BuildPlugin(
        String groupId,
        String artifactId,
        Optional<String> version,
        ConfigNode configuration,
        List<Execution> executions) {

    /** Matches any execution id in {@link #value}. */
    public static final String ANY_EXECUTION = "*";

    public BuildPlugin {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(configuration, "configuration");
        executions = List.copyOf(executions);
    }

    /**
     * An {@code <execution>}.
     *
     * @param id its id
     * @param phase the phase it is bound to, absent for the goal's default
     * @param goals its goals
     * @param configuration its own {@code <configuration>}
     */
    public record Execution(String id, Optional<String> phase, List<String> goals, ConfigNode configuration) {
        public Execution {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(phase, "phase");
            goals = List.copyOf(goals);
            Objects.requireNonNull(configuration, "configuration");
        }
    }

    /** {@code groupId:artifactId}. */
    public String key() {
        return RuntimeDependency.key(groupId, artifactId);
    }

    /** The artifactId and the version, as the log names the plugin: {@code spring-boot-maven-plugin 3.5.7}. */
    public String describe() {
        return artifactId + version.map(v -> " " + v).orElse("");
    }

    /** True when an execution of the build runs this goal. */
    public boolean runsGoal(String goal) {
        return executions.stream().anyMatch(e -> e.goals().contains(goal));
    }

    /**
     * A configuration value, with where it was found: the execution's configuration first (it wins
     * when both are set; {@link #ANY_EXECUTION} takes the first execution that has the value), then
     * the plugin's own.
     */
    public Optional<Detected> value(String executionId, String... path) {
        List<ConfigNode> configurations = new ArrayList<>();
        for (Execution execution : executions) {
            if (executionId.equals(ANY_EXECUTION) || executionId.equals(execution.id())) {
                configurations.add(execution.configuration());
            }
        }
        configurations.add(configuration);
        String where = artifactId + " <" + String.join("><", path).replace(ConfigNode.ANY, "...") + ">";
        for (ConfigNode node : configurations) {
            Optional<String> value = node.find(path);
            if (value.isPresent()) {
                return value.map(v -> new Detected(v, where));
            }
        }
        return Optional.empty();
    }

    /** Every element at this path in the plugin's and its executions' configurations. */
    public List<ConfigNode> all(String... path) {
        List<ConfigNode> found = new ArrayList<>(configuration.all(path));
        executions.forEach(e -> found.addAll(e.configuration().all(path)));
        return found;
    }
}
