package io.github.dockerfilegen.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.model.InstalledArtifacts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
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

    private void file(String path) throws Exception {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, path);
    }

    @Test
    void anInstalledPluginTravelsWithTheParentsOnlyThisMachineHas() throws Exception {
        String plugin = "org/acme/acme-maven-plugin/1.0-SNAPSHOT/";
        record(plugin, "acme-maven-plugin-1.0-SNAPSHOT.jar>=\nacme-maven-plugin-1.0-SNAPSHOT.pom>=\n");
        file(plugin + "acme-maven-plugin-1.0-SNAPSHOT.jar");
        file(plugin + "maven-metadata-local.xml");
        Files.writeString(
                repository.resolve(plugin + "acme-maven-plugin-1.0-SNAPSHOT.pom"),
                "<project><parent><groupId>org.acme</groupId><artifactId>acme-parent</artifactId>"
                        + "<version>3</version></parent><artifactId>acme-maven-plugin</artifactId></project>");
        record("org/acme/acme-parent/3", "acme-parent-3.pom>=\n");
        Files.writeString(
                repository.resolve("org/acme/acme-parent/3/acme-parent-3.pom"),
                "<project><parent><groupId>org.apache</groupId><artifactId>apache</artifactId>"
                        + "<version>35</version></parent></project>");
        record("org/apache/apache/35", "apache-35.pom>central=\n");
        file("org/apache/apache/35/apache-35.pom");

        InstalledArtifacts found = new LocalRepository(repository)
                .installedPlugin("org.acme", "acme-maven-plugin", "1.0-SNAPSHOT")
                .orElseThrow();
        assertEquals("1.0-SNAPSHOT", found.version());
        assertEquals(
                List.of(
                        plugin + "acme-maven-plugin-1.0-SNAPSHOT.jar",
                        plugin + "acme-maven-plugin-1.0-SNAPSHOT.pom",
                        plugin + "_remote.repositories",
                        plugin + "maven-metadata-local.xml",
                        "org/acme/acme-parent/3/acme-parent-3.pom",
                        "org/acme/acme-parent/3/_remote.repositories"),
                found.files(),
                "the parent from Maven Central stays behind");
    }

    @Test
    void aDownloadedOrMissingPluginDoesNotTravel() throws Exception {
        record(
                "org/acme/acme-maven-plugin/2.0",
                "acme-maven-plugin-2.0.pom>central=\nacme-maven-plugin-2.0.jar>central=\n");
        file("org/acme/acme-maven-plugin/2.0/acme-maven-plugin-2.0.jar");
        LocalRepository local = new LocalRepository(repository);
        assertEquals(Optional.empty(), local.installedPlugin("org.acme", "acme-maven-plugin", "2.0"));
        assertEquals(Optional.empty(), local.installedPlugin("org.acme", "acme-maven-plugin", "3.0"));
    }
}
