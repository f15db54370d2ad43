package io.github.dockerfilegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.ConfigurationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The write, remove and diff policy for the generated files in a project folder. */
class ProjectFilesTest {
    @TempDir
    Path basedir;

    private static GeneratedFile file(String path, String body) {
        return new GeneratedFile(path, GeneratedFiles.stamp("# Generated\n" + body));
    }

    @Test
    void writesEveryFileAndSaysWhetherAnythingChanged() throws Exception {
        ProjectFiles files = new ProjectFiles(basedir);
        List<GeneratedFile> generated =
                List.of(file("target/Dockerfile", "FROM scratch\n"), file("target/Dockerfile.dockerignore", "*\n"));
        assertEquals(new ProjectFiles.Written(true, false), files.write(generated, false));
        assertEquals(generated.get(0).content(), Files.readString(basedir.resolve("target/Dockerfile")));
        assertEquals(new ProjectFiles.Written(false, false), files.write(generated, false));
    }

    @Test
    void aRefusalLeavesEveryFileAsItWas() throws Exception {
        ProjectFiles files = new ProjectFiles(basedir);
        files.write(List.of(file("Dockerfile", "FROM scratch\n"), file("Dockerfile.dockerignore", "*\n")), false);
        String ignoreBefore = Files.readString(basedir.resolve("Dockerfile.dockerignore"));
        Files.writeString(basedir.resolve("Dockerfile"), "FROM busybox:1\n"); // a person's own file
        List<GeneratedFile> next =
                List.of(file("Dockerfile", "FROM scratch\nUSER 1\n"), file("Dockerfile.dockerignore", "*\n!src/\n"));

        var e = assertThrows(ConfigurationException.class, () -> files.write(next, false));
        assertTrue(e.getMessage().contains("not written by dockerfile-gen"), e.getMessage());
        assertEquals("FROM busybox:1\n", Files.readString(basedir.resolve("Dockerfile")));
        assertEquals(ignoreBefore, Files.readString(basedir.resolve("Dockerfile.dockerignore")), "not written first");

        assertEquals(new ProjectFiles.Written(true, true), files.write(next, true));
        assertEquals(next.get(0).content(), Files.readString(basedir.resolve("Dockerfile")));
    }

    @Test
    void staleFilesGoUnlessAPersonEditedThem() throws Exception {
        Path dockerfile = basedir.resolve("target/Dockerfile");
        Path ignoreFile = basedir.resolve("target/Dockerfile.dockerignore");
        Files.createDirectories(dockerfile.getParent());
        Files.writeString(dockerfile, GeneratedFiles.stamp("# Generated\nFROM scratch\n"));
        String edited = GeneratedFiles.stamp("# Generated\n**\n") + "!notes.txt\n";
        Files.writeString(ignoreFile, edited);
        ProjectFiles files = new ProjectFiles(basedir);

        List<ProjectFiles.Notice> notices =
                files.removeStale(List.of("target/Dockerfile", "target/Dockerfile.dockerignore"));

        assertFalse(Files.exists(dockerfile), "the unedited Dockerfile is removed");
        assertEquals(edited, Files.readString(ignoreFile), "the edited ignore file stays as it was");
        assertEquals(
                List.of(
                        new ProjectFiles.Notice(
                                false, "Removed target/Dockerfile, written when this module was an application."),
                        new ProjectFiles.Notice(
                                true,
                                "target/Dockerfile.dockerignore stays, as a person wrote or edited it, although this"
                                        + " module gets no Dockerfile now. Delete it if it is stale.")),
                notices);
        assertEquals(
                List.of(notices.get(1)),
                files.removeStale(List.of("target/Dockerfile", "target/Dockerfile.dockerignore")),
                "nothing left to remove: no failure, the edited one is still said");
    }

    @Test
    void theDiffNamesMissingAndChangedFilesAndIsEmptyWhenCurrent() throws Exception {
        ProjectFiles files = new ProjectFiles(basedir);
        GeneratedFile dockerfile = file("Dockerfile", "FROM scratch\n");
        assertEquals("--- Dockerfile (missing)\n", files.diff(List.of(dockerfile)));
        files.write(List.of(dockerfile), false);
        assertEquals("", files.diff(List.of(dockerfile)));
        Files.writeString(basedir.resolve("Dockerfile"), dockerfile.content().replace("\n", "\r\n"));
        assertEquals("", files.diff(List.of(dockerfile)), "a CRLF checkout is the same file");
        String diff = files.diff(List.of(file("Dockerfile", "FROM scratch\nUSER 1\n")));
        assertTrue(diff.startsWith("--- Dockerfile (on disk)\n+++ Dockerfile (generated now)\n"), diff);
        assertTrue(diff.contains("\n+USER 1\n"), diff);
    }

    @Test
    void aRepositoryFolderHoldsExactlyTheFilesCopiedIntoIt() throws Exception {
        Path repository = Files.createDirectories(basedir.resolve("m2"));
        String jar = "org/acme/p/1.0-SNAPSHOT/p-1.0-SNAPSHOT.jar";
        String pom = "org/acme/p/1.0-SNAPSHOT/p-1.0-SNAPSHOT.pom";
        for (String file : List.of(jar, pom)) {
            Files.createDirectories(repository.resolve(file).getParent());
            Files.writeString(repository.resolve(file), file);
        }
        ProjectFiles files = new ProjectFiles(basedir);
        RepositoryFiles wanted = new RepositoryFiles("target/dockerfile-gen/repository", List.of(jar, pom));
        assertEquals(2, files.copyRepositoryFiles(repository, wanted));
        Path folder = basedir.resolve("target/dockerfile-gen/repository");
        assertEquals(jar, Files.readString(folder.resolve(jar)));
        assertEquals(0, files.copyRepositoryFiles(repository, wanted), "unchanged files are not copied again");

        // An older version and anything else dropped there go: the whole folder is sent to the builder.
        Files.createDirectories(folder.resolve("org/acme/p/0.9"));
        Files.writeString(folder.resolve("org/acme/p/0.9/p-0.9.jar"), "old");
        Files.writeString(folder.resolve("id_rsa"), "key");
        Files.writeString(repository.resolve(jar), "rebuilt");
        assertEquals(1, files.copyRepositoryFiles(repository, wanted));
        assertEquals("rebuilt", Files.readString(folder.resolve(jar)));
        assertFalse(Files.exists(folder.resolve("org/acme/p/0.9")));
        assertFalse(Files.exists(folder.resolve("id_rsa")));
    }
}
