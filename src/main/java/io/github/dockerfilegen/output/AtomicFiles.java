package io.github.dockerfilegen.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.UUID;

/** Writes files so a reader sees the old content or the new, never half of either. */
public final class AtomicFiles {
    private AtomicFiles() {}

    /**
     * Writes {@code content} to {@code target} through a temporary file in the same folder and an
     * atomic rename. An identical file is left untouched (its timestamp too).
     *
     * @return true when the file was created or changed
     */
    public static boolean write(Path target, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return false;
        }
        Path folder = target.toAbsolutePath().getParent();
        Files.createDirectories(folder);
        // Not createTempFile: it makes the file 0600; a plain create honours the umask like other build output.
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        try {
            Files.write(temp, bytes, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return true;
    }
}
