package io.github.dockerfilegen;

import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.core.Generator;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.output.GeneratedFile;
import io.github.dockerfilegen.output.GeneratedFiles;
import java.io.File;
import java.util.Optional;
import java.util.stream.Collectors;

/** The goals' run without Maven, for tests that look at whole generated files: {@link Generator} on fixture facts. */
public final class Generate {
    private Generate() {}

    /** The files (and their plan) for a project that gets a Dockerfile. */
    public static Generation.Generated files(Fixtures project, GeneratorConfig config, Optional<File> templates)
            throws ConfigurationException {
        Generation generation = new Generator("1.2.3", templates).generate(project.facts(), config);
        if (generation instanceof Generation.Skipped skipped) {
            throw new IllegalStateException("skipped: " + skipped.reason());
        }
        return (Generation.Generated) generation;
    }

    public static Generation.Generated files(Fixtures project, GeneratorConfig config) throws ConfigurationException {
        return files(project, config, Optional.empty());
    }

    /**
     * The file as the templates wrote it: its checksum line, which must be there and match, left out
     * (golden files hold none: it changes with every other byte).
     */
    public static String unstamped(GeneratedFile file) {
        if (!GeneratedFiles.isUnedited(file.content())) {
            throw new AssertionError("no valid checksum line in " + file.path() + ":\n" + file.content());
        }
        return file.content()
                        .lines()
                        .filter(line -> !line.startsWith(GeneratedFiles.STAMP_PREFIX))
                        .collect(Collectors.joining("\n"))
                + "\n";
    }
}
