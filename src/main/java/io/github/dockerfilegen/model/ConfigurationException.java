package io.github.dockerfilegen.model;

/**
 * The user's project or plugin configuration cannot produce a Dockerfile. The message names the POM
 * element at fault and the fix; the Mojo reports it as a build failure, not as a crash.
 */
public final class ConfigurationException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
