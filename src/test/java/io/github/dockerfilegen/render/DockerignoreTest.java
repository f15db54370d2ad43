package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.Generate;
import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The ignore file and the builder's COPY lines agree: every path the builder copies is sent, and
 * nothing else is. Read with BuildKit's rules (moby/patternmatcher): the last pattern that matches
 * a path or one of its parent folders decides, {@code !} re-includes, {@code **} spans folders.
 */
class DockerignoreTest {

    @Test
    void everyCopiedPathIsSentAndNothingElse() throws Exception {
        Fixtures project = Fixtures.plainJar();
        project.mavenConfigFolder = true;
        project.buildInputs.addAll(List.of("checkstyle.xml", "config/license/", "etc/header.txt"));
        Generation.Generated files = Generate.files(project, GeneratorConfig.defaults());
        List<String> patterns = files.dockerignore()
                .content()
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();

        List<String> copied = new ArrayList<>();
        for (String line : files.dockerfile().content().lines().toList()) {
            if (line.startsWith("COPY ") && !line.startsWith("COPY --from=")) {
                copied.add(line.split(" ")[1]);
            }
        }
        assertTrue(
                copied.containsAll(
                        List.of(".mvn/", "pom.xml", "checkstyle.xml", "config/license/", "etc/header.txt", "src/")),
                copied::toString);
        for (String source : copied) {
            String sample = source.endsWith("/") ? source + "some/file.txt" : source;
            assertFalse(excluded(patterns, sample), source + " is copied but the ignore file keeps " + sample + " out");
        }
        for (String never : List.of(
                "README.md",
                "target/app.jar",
                "src/main/java/target/x.class",
                ".git/config",
                "src/.idea/workspace.xml",
                "src/main/resources/.env",
                "src/main/resources/server.key",
                "config/license/id_rsa",
                "node_modules/x/package.json",
                "etc/other.txt",
                "Dockerfile")) {
            assertTrue(excluded(patterns, never), never + " would be sent");
        }
    }

    @Test
    void whatThePluginWritesForTheBuilderIsSentFromInsideTheBuildOutput() throws Exception {
        Fixtures project = Fixtures.plainJar()
                .with(Fixtures.plugin(
                        io.github.dockerfilegen.plan.Planner.PLUGIN,
                        "0.1.0-SNAPSHOT",
                        "",
                        Fixtures.execution("default", List.of("generate"), "")));
        project.installedPlugin = Optional.of(new io.github.dockerfilegen.model.InstalledArtifacts(
                "0.1.0-SNAPSHOT", List.of("io/github/dockerfilegen/p/0.1.0-SNAPSHOT/p-0.1.0-SNAPSHOT.jar")));
        List<String> patterns = Generate.files(project, GeneratorConfig.defaults())
                .dockerignore()
                .content()
                .lines()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .toList();
        assertFalse(
                excluded(patterns, "target/dockerfile-gen/repository/io/github/dockerfilegen/p/0.1.0-SNAPSHOT/p.jar"));
        assertTrue(excluded(patterns, "target/dockerfile-gen/other.txt"));
        assertTrue(excluded(patterns, "target/hello-1.0.0.jar"));
        // The folder is sent whole: it holds only the files the plugin copied (ProjectFilesTest).
    }

    /** BuildKit's decision for one file of the context. */
    static boolean excluded(List<String> patterns, String path) {
        boolean excluded = false;
        for (String line : patterns) {
            boolean exception = line.startsWith("!");
            String pattern = (exception ? line.substring(1) : line).replaceAll("/+$", "");
            if (matchesOrParentMatches(pattern, path)) {
                excluded = !exception;
            }
        }
        return excluded;
    }

    private static boolean matchesOrParentMatches(String pattern, String path) {
        Pattern regex = Pattern.compile(toRegex(pattern));
        String[] parts = path.split("/");
        for (int i = parts.length; i > 0; i--) {
            if (regex.matcher(String.join("/", List.of(parts).subList(0, i))).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (pattern.startsWith("**/", i)) {
                regex.append("(.*/)?");
                i += 2;
            } else if (pattern.startsWith("**", i)) {
                regex.append(".*");
                i++;
            } else if (c == '*') {
                regex.append("[^/]*");
            } else if (c == '?') {
                regex.append("[^/]");
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        return regex.toString();
    }
}
