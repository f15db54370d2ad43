package io.github.dockerfilegen.model;

import java.util.Objects;

/**
 * A value found in the project, with where it was found (for the log and for error messages).
 *
 * @param value the value as written in the POM
 * @param source where it came from, for example {@code maven-compiler-plugin <release>}
 */
public record Detected(String value, String source) {
    public Detected {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }
}
