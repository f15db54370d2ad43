package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An application configuration file of the project ({@code application.properties},
 * {@code application.yml}, ...), or one document of a multi-document YAML file, flattened to the
 * dotted keys frameworks use ({@code server.port}).
 *
 * @param path the file's path relative to the project, with '/'
 * @param document the document's index in a YAML file, 0 for the first (and for properties files)
 * @param values its keys and values, flattened; lists as {@code key[0]}
 * @param problem why the file could not be read, if it could not (then {@code values} is empty)
 */
public record ConfigFile(String path, int document, Map<String, String> values, Optional<String> problem) {
    public ConfigFile {
        Objects.requireNonNull(path, "path");
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
        Objects.requireNonNull(problem, "problem");
    }

    public ConfigFile(String path, int document, Map<String, String> values) {
        this(path, document, values, Optional.empty());
    }

    /** A file that exists but cannot be read: its settings are unknown. */
    public static ConfigFile unreadable(String path, String problem) {
        return new ConfigFile(path, 0, Map.of(), Optional.of(problem));
    }

    /** The file name without folders, such as {@code application-prod.yml}. */
    public String fileName() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /** Where a value comes from, for the log: {@code src/main/resources/application.yml server.port}. */
    public String describe(String key) {
        return path + (document > 0 ? " (document " + (document + 1) + ")" : "") + " " + key;
    }
}
