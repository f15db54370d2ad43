package io.github.dockerfilegen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A file or folder of the project copied into the image as it is ({@code <extraFiles>}), such as a
 * service's {@code config.yml}.
 *
 * @param from its path in the build context, relative to its root, with '/'
 * @param into the absolute path it gets in the image
 * @param mode the octal mode of every file and folder copied ({@code 0644}), if set; else the
 *     context's own
 */
public record ExtraFile(String from, String into, Optional<String> mode) {
    public ExtraFile {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(into, "into");
        Objects.requireNonNull(mode, "mode");
    }
}
