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

    /**
     * Who an application server runs as: the image's own user, who owns the folders the server writes
     * to; they are group 0's and group-writable, so a {@code <user>} (or {@code <openshift>}'s arbitrary
     * uid) runs in group 0.
     */
    static RuntimeUser serverUser(GeneratorConfig config, RuntimeUser imageUser, PlanLog log) {
        if (config.user().isEmpty()) {
            return config.openshift() ? new RuntimeUser(imageUser.uid(), Optional.of(0L)) : imageUser;
        }
        RuntimeUser user = config.user().get();
        if (user.gid().filter(gid -> gid != 0).isPresent()) {
            log.warn("<user>" + user + "</user>: the server's folders belong to uid " + imageUser.uid()
                    + " and group 0, so a user in group " + user.gid().get() + " cannot write its logs and"
                    + " deployments. Name the uid alone (it runs in group 0), or " + user.uid() + ":0.");
            return user;
        }
        return new RuntimeUser(user.uid(), Optional.of(0L));
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
