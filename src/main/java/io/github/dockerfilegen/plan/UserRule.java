package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.RuntimeUser;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Who the application runs as: the numeric {@code <user>}, else distroless's {@code nonroot}
 * (65532:65532); under {@code <openshift>} in group 0, with a {@code HOME} it can write to, as an
 * arbitrary uid without a passwd entry gets {@code /}.
 */
final class UserRule {
    /** {@code HOME} under {@code <openshift>}, unless {@code <env>} sets one. */
    static final String OPENSHIFT_HOME = "/home/app";

    private UserRule() {}

    static RuntimeUser user(GeneratorConfig config) {
        RuntimeUser user = config.user().orElse(RuntimeUser.NONROOT);
        return config.openshift() ? new RuntimeUser(user.uid(), Optional.of(0L)) : user;
    }

    /** The image's environment: {@code <env>}, and under {@code <openshift>} a {@code HOME} the user can write to. */
    static SortedMap<String, String> environment(GeneratorConfig config) {
        SortedMap<String, String> env = new TreeMap<>(config.env());
        if (config.openshift()) {
            env.putIfAbsent("HOME", OPENSHIFT_HOME);
        }
        return env;
    }

    /** The home folder the user needs made writable, if any. */
    static Optional<String> writableHome(GeneratorConfig config) {
        return config.openshift() && !config.env().containsKey("HOME") ? Optional.of(OPENSHIFT_HOME) : Optional.empty();
    }
}
