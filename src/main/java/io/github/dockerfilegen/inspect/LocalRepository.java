package io.github.dockerfilegen.inspect;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * What this machine's local Maven repository says of an artifact: Maven records in
 * {@code _remote.repositories} the repository each file came from, with none for a file that
 * {@code mvn install} put there. Such a file exists only here; a builder with its own repository
 * cannot resolve it.
 *
 * @param basedir the local repository's folder
 */
record LocalRepository(Path basedir) {

    /** Whether the artifact's POM was installed on this machine rather than downloaded. */
    boolean installedOnly(String groupId, String artifactId, String baseVersion) {
        Path folder =
                basedir.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(baseVersion);
        String pom = artifactId + "-" + baseVersion + ".pom";
        Path record = folder.resolve("_remote.repositories");
        if (!Files.isRegularFile(record)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            return lines.stream().anyMatch(line -> line.equals(pom + ">="))
                    && lines.stream().noneMatch(line -> line.startsWith(pom + ">") && !line.equals(pom + ">="));
        } catch (IOException e) {
            return false;
        }
    }

    static Optional<LocalRepository> of(Optional<String> basedir) {
        return basedir.map(Path::of).filter(Files::isDirectory).map(LocalRepository::new);
    }
}
