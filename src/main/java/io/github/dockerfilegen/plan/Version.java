package io.github.dockerfilegen.plan;

import java.util.Optional;
import java.util.regex.Pattern;

/** A framework's {@code major.minor} version, enough to choose between its generations. */
record Version(int major, int minor) implements Comparable<Version> {
    private static final Pattern VERSION = Pattern.compile("([0-9]+)\\.([0-9]+)(?:[.-].*)?");

    static Optional<Version> parse(String text) {
        var m = VERSION.matcher(text.trim());
        return m.matches()
                ? Optional.of(new Version(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))))
                : Optional.empty();
    }

    boolean atLeast(int major, int minor) {
        return compareTo(new Version(major, minor)) >= 0;
    }

    @Override
    public int compareTo(Version other) {
        return major != other.major ? Integer.compare(major, other.major) : Integer.compare(minor, other.minor);
    }

    @Override
    public String toString() {
        return major + "." + minor;
    }
}
