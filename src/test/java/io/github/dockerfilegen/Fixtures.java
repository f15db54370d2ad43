package io.github.dockerfilegen;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.List;
import java.util.Optional;

/** Project facts as inspection would report them, for tests that need no Maven. */
public final class Fixtures {
    public String artifactId = "hello";
    public String version = "1.0.0";
    public String packaging = "jar";
    public String finalName = "hello-1.0.0";
    public Optional<Detected> javaLevel = Optional.of(new Detected("17", "property maven.compiler.release"));
    public Optional<Detected> mainClass =
            Optional.of(new Detected("com.example.hello.Main", "maven-jar-plugin <archive><manifest><mainClass>"));
    public Optional<String> localParent = Optional.empty();
    public boolean mavenConfigFolder = false;
    public List<RuntimeDependency> dependencies = List.of(
            new RuntimeDependency("org.apache.commons", "commons-text", "1.15.0", "", "jar"),
            new RuntimeDependency("org.apache.commons", "commons-lang3", "3.20.0", "", "jar"));
    public ProjectMetadata metadata = new ProjectMetadata(
            Optional.of("Hello"),
            Optional.of("A small\n   command-line application."),
            Optional.of("https://example.com/hello"),
            Optional.of("https://github.com/example/hello"),
            Optional.of("Example Corp"),
            List.of("Apache-2.0"));

    /** A plain jar: Java 17 by property, main class in the jar plugin's manifest, two dependencies. */
    public static Fixtures plainJar() {
        return new Fixtures();
    }

    public ProjectFacts facts() {
        return new ProjectFacts(
                "com.example",
                artifactId,
                version,
                packaging,
                finalName,
                javaLevel,
                mainClass,
                localParent,
                mavenConfigFolder,
                dependencies,
                metadata);
    }
}
