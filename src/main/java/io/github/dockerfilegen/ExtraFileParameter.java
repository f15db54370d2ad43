package io.github.dockerfilegen;

/**
 * One {@code <extraFile>} of the POM as Maven sets it, before validation:
 * {@code <extraFile><from>config.yml</from><into>/app/config.yml</into><mode>0644</mode></extraFile>}.
 */
public class ExtraFileParameter {
    /** The file or folder, relative to the build context's root (the reactor's root for a module). */
    private String from;

    /** The absolute path it gets in the image. */
    private String into;

    /** The octal mode of every file and folder copied, such as {@code 0644}; the context's own when unset. */
    private String mode;

    String from() {
        return from;
    }

    String into() {
        return into;
    }

    String mode() {
        return mode;
    }
}
