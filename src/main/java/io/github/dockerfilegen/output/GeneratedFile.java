package io.github.dockerfilegen.output;

import java.util.Objects;

/**
 * A file the generator made, before anything is written.
 *
 * @param path where it goes, relative to the project folder, with '/'
 * @param content its whole content, checksum line included
 */
public record GeneratedFile(String path, String content) {
    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
    }
}
