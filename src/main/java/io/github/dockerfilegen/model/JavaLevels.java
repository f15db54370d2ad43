package io.github.dockerfilegen.model;

import java.util.Optional;
import java.util.regex.Pattern;

/** Reads a Java release or target as Maven users write it: {@code 17}, {@code 21}, or the old {@code 1.8}. */
public final class JavaLevels {
    private static final Pattern LEVEL = Pattern.compile("(?:1\\.)?([0-9]{1,3})");

    private JavaLevels() {}

    public static Optional<Integer> parse(String raw) {
        var m = LEVEL.matcher(raw.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int level = Integer.parseInt(m.group(1));
        return level >= 1 ? Optional.of(level) : Optional.empty();
    }
}
