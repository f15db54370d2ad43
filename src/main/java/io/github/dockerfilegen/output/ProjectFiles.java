package io.github.dockerfilegen.output;

import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.output.GeneratedFiles.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What happens to the generated files on disk, in one project folder: written only when nobody
 * edited what is there ({@link GeneratedFiles}), removed when stale and unedited, compared for
 * {@code check}. The one place that writes, deletes or reads them.
 */
public final class ProjectFiles {
    private final Path basedir;

    /** @param basedir the project folder the files' paths are relative to */
    public ProjectFiles(Path basedir) {
        this.basedir = basedir;
    }

    /**
     * What writing did.
     *
     * @param changed whether any file was created or changed
     * @param overwroteEdited whether a file a person edited was replaced, as {@code <overwrite>} allows
     */
    public record Written(boolean changed, boolean overwroteEdited) {}

    /** A line for the build log: {@code warning} ones need the user's attention. */
    public record Notice(boolean warning, String message) {}

    /**
     * Writes every file, atomically; all are checked first, so a refusal (a file a person edited,
     * without {@code overwrite}) leaves every one as it was.
     */
    public Written write(List<GeneratedFile> files, boolean overwrite) throws IOException, ConfigurationException {
        List<Outcome> outcomes = new ArrayList<>();
        for (GeneratedFile file : files) {
            outcomes.add(GeneratedFiles.plan(resolve(file.path()), file.content(), overwrite));
        }
        for (GeneratedFile file : files) {
            AtomicFiles.write(resolve(file.path()), file.content());
        }
        return new Written(
                outcomes.stream().anyMatch(o -> o != Outcome.UP_TO_DATE), outcomes.contains(Outcome.OVERWRITE));
    }

    /**
     * Removes files an earlier run wrote that no longer belong here (a module that became a library),
     * unless a person edited them: those stay, with a warning.
     *
     * @param paths the files, relative to the project folder
     */
    public List<Notice> removeStale(List<String> paths) throws IOException {
        List<Notice> notices = new ArrayList<>();
        for (String path : paths) {
            Path file = resolve(path);
            if (!Files.exists(file)) {
                continue;
            }
            if (GeneratedFiles.isUnedited(Files.readString(file, StandardCharsets.UTF_8))) {
                Files.delete(file);
                notices.add(new Notice(false, "Removed " + path + ", written when this module was an application."));
            } else {
                notices.add(new Notice(
                        true,
                        path + " stays, as a person wrote or edited it, although this module gets no"
                                + " Dockerfile now. Delete it if it is stale."));
            }
        }
        return notices;
    }

    /** A unified diff from what is on disk to the generated files; empty when they are the same. */
    public String diff(List<GeneratedFile> files) throws IOException {
        StringBuilder diff = new StringBuilder();
        for (GeneratedFile file : files) {
            Path onDisk = resolve(file.path());
            if (!Files.exists(onDisk)) {
                diff.append("--- ").append(file.path()).append(" (missing)\n");
                continue;
            }
            String actual = Files.readString(onDisk, StandardCharsets.UTF_8).replace("\r\n", "\n");
            diff.append(UnifiedDiff.of(
                    file.path() + " (on disk)", actual, file.path() + " (generated now)", file.content()));
        }
        return diff.toString();
    }

    /**
     * Makes a folder of the project hold exactly these files of a Maven repository, at the same paths:
     * copied when new or changed, anything else in it removed (the folder is the plugin's own, under
     * the build directory).
     *
     * @param repository the repository the files come from (this machine's local one)
     * @param files the repository and the files to copy
     * @return how many files were copied
     */
    public int copyRepositoryFiles(Path repository, RepositoryFiles files) throws IOException {
        Path folder = resolve(files.folder());
        Set<Path> wanted = new HashSet<>();
        int copied = 0;
        for (String file : files.files()) {
            Path from = repository.resolve(file);
            Path to = folder.resolve(file).normalize();
            if (!to.startsWith(folder)) {
                throw new IOException("not a repository path: " + file);
            }
            wanted.add(to);
            if (Files.isRegularFile(to) && Files.mismatch(from, to) == -1) {
                continue;
            }
            Files.createDirectories(to.getParent());
            Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
            copied++;
        }
        if (Files.isDirectory(folder)) {
            try (Stream<Path> found = Files.walk(folder)) {
                for (Path stale : found.sorted(Comparator.reverseOrder()).toList()) {
                    boolean emptyFolder = Files.isDirectory(stale) && isEmpty(stale);
                    if ((Files.isRegularFile(stale) && !wanted.contains(stale))
                            || (emptyFolder && !stale.equals(folder))) {
                        Files.delete(stale);
                    }
                }
            }
        }
        return copied;
    }

    private static boolean isEmpty(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        }
    }

    private Path resolve(String path) {
        return basedir.resolve(path);
    }
}
