package io.github.dockerfilegen.lint;

/**
 * One broken rule in a Dockerfile.
 *
 * @param line the 1-based line the instruction starts on
 * @param rule the rule's id: hadolint's {@code DLxxxx} or BuildKit's check name where one exists
 * @param message what is wrong and what to write instead
 */
public record Finding(int line, String rule, String message) {
    @Override
    public String toString() {
        return "line " + line + ": " + rule + " " + message;
    }
}
