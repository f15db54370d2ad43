package io.github.dockerfilegen.inspect;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading Maven's own record of where each file of the local repository came from. */
class LocalRepositoryTest {
    @TempDir
    Path repository;

    private void record(String folder, String text) throws Exception {
        Path dir = Files.createDirectories(repository.resolve(folder));
        Files.writeString(dir.resolve("_remote.repositories"), "#NOTE: written by Maven\n" + text);
    }

    @Test
    void aPomThatMvnInstallPutThereIsInstalledOnlyAndADownloadedOneIsNot() throws Exception {
        record("com/acme/lib/1.0-SNAPSHOT", "lib-1.0-SNAPSHOT.jar>=\nlib-1.0-SNAPSHOT.pom>=\n");
        record("org/apache/commons/commons-text/1.15.0", "commons-text-1.15.0.pom>central=\n");
        record("com/acme/mixed/2.0", "mixed-2.0.pom>=\nmixed-2.0.pom>company=\n");
        LocalRepository local = new LocalRepository(repository);
        assertTrue(local.installedOnly("com.acme", "lib", "1.0-SNAPSHOT"));
        assertFalse(local.installedOnly("org.apache.commons", "commons-text", "1.15.0"));
        assertFalse(local.installedOnly("com.acme", "mixed", "2.0"), "also found in a repository");
        assertFalse(local.installedOnly("com.acme", "absent", "1.0"), "nothing recorded: nothing known");
    }
}
