package io.github.dockerfilegen.model;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** Java releases as Maven users write them ({@code 17}, {@code 21}, the old {@code 1.8}), and the ones we have images for. */
public final class JavaRelease {
    private static final Pattern LEVEL = Pattern.compile("(?:1\\.)?([0-9]{1,3})");

    /** The releases with images, oldest first: long-term-support releases only. */
    public static final List<Integer> SUPPORTED = List.of(17, 21, 25);

    private JavaRelease() {}

    /** The feature release a level names: {@code 1.8} is 8; empty when the text is no Java level. */
    public static Optional<Integer> parse(String raw) {
        var m = LEVEL.matcher(raw.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int level = Integer.parseInt(m.group(1));
        return level >= 1 ? Optional.of(level) : Optional.empty();
    }

    /** The oldest supported release that runs bytecode of this level; empty when the level is newer than all. */
    public static Optional<Integer> roundUp(int level) {
        return SUPPORTED.stream().filter(r -> r >= level).findFirst();
    }

    public static int newest() {
        return SUPPORTED.get(SUPPORTED.size() - 1);
    }
}
