package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A framework setting as the application will see it in the container: from the image's
 * environment ({@code <env>}), else from its configuration files, the later file in the given
 * order winning. Shared by the framework layouts; each says which files count and in what order.
 */
final class AppSettings {
    /** {@code ${PORT:8080}}: a placeholder with a default, the value when the variable is unset. */
    private static final Pattern PLACEHOLDER_WITH_DEFAULT = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    private final List<ConfigFile> ascending;
    private final GeneratorConfig config;

    /** @param ascending the configuration files (documents) that apply, least important first */
    AppSettings(List<ConfigFile> ascending, GeneratorConfig config) {
        this.ascending = List.copyOf(ascending);
        this.config = config;
    }

    /** The value of the first key that is set, with where it came from: the environment, else the files. */
    Optional<Detected> get(String environmentVariable, String... keys) {
        return environment(environmentVariable).or(() -> file(keys));
    }

    /** The first of these variables that the image's {@code <env>} sets. */
    Optional<Detected> environment(String... variables) {
        for (String variable : variables) {
            String value = config.env().get(variable);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Detected(value.trim(), "<env><" + variable + ">"));
            }
        }
        return Optional.empty();
    }

    /** The first key that the configuration files set, the later file winning. */
    Optional<Detected> file(String... keys) {
        for (String key : keys) {
            for (int i = ascending.size() - 1; i >= 0; i--) {
                ConfigFile file = ascending.get(i);
                String value = file.values().get(key);
                if (value != null && !value.isBlank()) {
                    return Optional.of(new Detected(value.trim(), file.describe(key)));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A list setting: comma-separated, or a YAML list ({@code key[0]}, {@code key[1]}, ...); from the
     * environment variable (none when empty), else the last file that sets it.
     */
    List<String> list(String environmentVariable, String key) {
        Optional<Detected> fromEnv =
                environmentVariable.isEmpty() ? Optional.empty() : environment(environmentVariable);
        if (fromEnv.isPresent()) {
            return split(fromEnv.get().value());
        }
        for (int i = ascending.size() - 1; i >= 0; i--) {
            Map<String, String> values = ascending.get(i).values();
            if (values.containsKey(key)) {
                return split(values.get(key));
            }
            List<String> items = new ArrayList<>();
            for (int n = 0; values.containsKey(key + "[" + n + "]"); n++) {
                items.addAll(split(values.get(key + "[" + n + "]")));
            }
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }

    /** Files that exist but could not be read: the settings in them are unknown. */
    void warnUnreadable(PlanLog log) {
        for (ConfigFile file : ascending) {
            file.problem()
                    .ifPresent(problem -> log.warn("Cannot read " + file.path() + " (" + problem
                            + "); settings in it, such as the port, are not detected. Set <ports> if the"
                            + " defaults are wrong."));
        }
    }

    /**
     * The port a setting names. Empty, with a log line, when it names none to expose: 0 (a random
     * port), a negative one (disabled) or something that is not a number.
     */
    static Optional<Port> port(Detected setting, PlanLog log) {
        String value = setting.value();
        var placeholder = PLACEHOLDER_WITH_DEFAULT.matcher(value);
        if (placeholder.matches()) {
            value = placeholder.group(1).trim();
        }
        if (value.matches("-?[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number <= 0) {
                log.decide("no port to expose from " + setting.source() + " " + value
                        + (number == 0 ? " (a random port)" : " (disabled)"));
                return Optional.empty();
            }
            Optional<Port> port = Port.parse(value);
            if (port.isPresent()) {
                return port;
            }
        }
        log.warn("The port " + Text.quoteForMessage(setting.value()) + " from " + setting.source()
                + " is not a fixed port number, so it is not exposed; set <ports> to expose one.");
        return Optional.empty();
    }
}
