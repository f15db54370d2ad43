package io.github.dockerfilegen.model;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The numeric {@code uid[:gid]} the application runs as. Numbers only: Kubernetes' {@code
 * runAsNonRoot} can verify a number, not a name.
 *
 * @param uid the user id
 * @param gid the group id, if given
 */
public record RuntimeUser(long uid, Optional<Long> gid) {
    private static final Pattern USER = Pattern.compile("([0-9]{1,10})(?::([0-9]{1,10}))?");

    /** distroless's {@code nonroot}, 65532:65532. */
    public static final RuntimeUser NONROOT = new RuntimeUser(65532, Optional.of(65532L));

    /** A numeric {@code uid[:gid]}; empty when the text is not one (names are not accepted). */
    public static Optional<RuntimeUser> parse(String text) {
        var m = USER.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new RuntimeUser(
                Long.parseLong(m.group(1)), Optional.ofNullable(m.group(2)).map(Long::parseLong)));
    }

    public boolean isRoot() {
        return uid == 0;
    }

    @Override
    public String toString() {
        return uid + gid.map(g -> ":" + g).orElse("");
    }
}
