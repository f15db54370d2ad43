package io.github.dockerfilegen.model;

import java.util.regex.Pattern;

/** BuildKit's SecretsUsedInArgOrEnv rule: names that suggest a value no image should carry. */
public final class SecretNames {
    private static final Pattern SECRET = Pattern.compile(
            "(?i)(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)");
    private static final Pattern ALLOWED = Pattern.compile("(?i)(?:_|^)(?:public)(?:_|$)");

    private SecretNames() {}

    public static boolean looksLikeSecret(String name) {
        return SECRET.matcher(name).find() && !ALLOWED.matcher(name).find();
    }
}
