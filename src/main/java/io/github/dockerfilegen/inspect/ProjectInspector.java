package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.License;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads a Maven project into {@link ProjectFacts}. The only class that touches Maven's types; it
 * records what the POM says and where, and leaves every decision to the planner.
 */
@Named
@Singleton
public class ProjectInspector {
    private static final String COMPILER_PLUGIN = "org.apache.maven.plugins:maven-compiler-plugin";
    private static final String JAR_PLUGIN = "org.apache.maven.plugins:maven-jar-plugin";
    private static final String EXEC_PLUGIN = "org.codehaus.mojo:exec-maven-plugin";
    private static final String SHADE_PLUGIN = "org.apache.maven.plugins:maven-shade-plugin";
    private static final String ASSEMBLY_PLUGIN = "org.apache.maven.plugins:maven-assembly-plugin";
    /** Matches any child element in a configuration path. */
    private static final String ANY = "*";

    private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);

    public ProjectFacts inspect(MavenProject project, MavenSession session) {
        return new ProjectFacts(
                project.getGroupId(),
                project.getArtifactId(),
                project.getVersion(),
                project.getPackaging(),
                Optional.ofNullable(project.getBuild().getFinalName())
                        .orElse(project.getArtifactId() + "-" + project.getVersion()),
                javaLevel(project, session),
                mainClass(project, session),
                localParent(project),
                hasMavenConfig(project.getBasedir().toPath()),
                runtimeDependencies(project),
                metadata(project));
    }

    /**
     * A {@code .mvn} folder with at least one file in it (maven.config, jvm.config, extensions.xml, the
     * wrapper). An empty one is only a root marker (maven-invoker-plugin creates one in every IT clone)
     * and Git does not keep it: {@code COPY .mvn/} would fail on a clean checkout, and {@code check}
     * there would disagree with the file generated where the empty folder exists.
     */
    private static boolean hasMavenConfig(Path basedir) {
        Path folder = basedir.resolve(".mvn");
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.anyMatch(Files::isRegularFile);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    /**
     * The release wins over the target: the compiler ignores {@code target} when {@code release} is
     * set. Plugin configuration wins over the property it defaults from.
     */
    private static Optional<Detected> javaLevel(MavenProject project, MavenSession session) {
        return first(
                pluginValue(project, COMPILER_PLUGIN, "default-compile", "release"),
                property(project, session, "maven.compiler.release"),
                pluginValue(project, COMPILER_PLUGIN, "default-compile", "target"),
                property(project, session, "maven.compiler.target"));
    }

    /**
     * The jar's own manifest first; then what the project runs with exec:java; then the manifest an
     * uber-jar plugin would write (we run the plain jar on a classpath, but the class is the same).
     */
    private static Optional<Detected> mainClass(MavenProject project, MavenSession session) {
        return first(
                pluginValue(project, JAR_PLUGIN, "default-jar", "archive", "manifest", "mainClass"),
                pluginValue(project, EXEC_PLUGIN, ANY, "mainClass"),
                property(project, session, "exec.mainClass"),
                pluginValue(project, SHADE_PLUGIN, ANY, "transformers", ANY, "mainClass"),
                pluginValue(project, ASSEMBLY_PLUGIN, ANY, "archive", "manifest", "mainClass"));
    }

    private static Optional<String> localParent(MavenProject project) {
        return Optional.ofNullable(project.getParentFile())
                .map(parent -> project.getBasedir()
                        .toPath()
                        .relativize(parent.toPath())
                        .toString()
                        .replace('\\', '/'));
    }

    private static List<RuntimeDependency> runtimeDependencies(MavenProject project) {
        List<RuntimeDependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (RUNTIME_SCOPES.contains(artifact.getScope())
                    && artifact.getArtifactHandler().isAddedToClasspath()) {
                dependencies.add(new RuntimeDependency(
                        artifact.getGroupId(),
                        artifact.getArtifactId(),
                        artifact.getBaseVersion(),
                        Optional.ofNullable(artifact.getClassifier()).orElse(""),
                        artifact.getArtifactHandler().getExtension()));
            }
        }
        return dependencies;
    }

    private static ProjectMetadata metadata(MavenProject project) {
        List<String> licenses = new ArrayList<>();
        for (License license : project.getLicenses()) {
            if (license.getName() != null) {
                licenses.add(license.getName());
            }
        }
        return new ProjectMetadata(
                Optional.ofNullable(project.getModel().getName()),
                Optional.ofNullable(project.getDescription()),
                Optional.ofNullable(project.getUrl()),
                Optional.ofNullable(project.getScm()).map(scm -> scm.getUrl()),
                Optional.ofNullable(project.getOrganization()).map(org -> org.getName()),
                licenses);
    }

    /**
     * A value from a build plugin's configuration: the execution's configuration first (it wins when
     * both are set; {@code ANY} takes the first execution that has the value), then the plugin's own.
     */
    private static Optional<Detected> pluginValue(
            MavenProject project, String pluginKey, String executionId, String... path) {
        Plugin plugin = project.getBuild().getPluginsAsMap().get(pluginKey);
        if (plugin == null) {
            return Optional.empty();
        }
        List<Object> configurations = new ArrayList<>();
        for (PluginExecution execution : plugin.getExecutions()) {
            if (executionId.equals(ANY) || executionId.equals(execution.getId())) {
                configurations.add(execution.getConfiguration());
            }
        }
        configurations.add(plugin.getConfiguration());
        String where = plugin.getArtifactId() + " <" + String.join("><", path).replace(ANY, "...") + ">";
        for (Object configuration : configurations) {
            if (configuration instanceof Xpp3Dom dom) {
                Optional<String> value = find(dom, List.of(path));
                if (value.isPresent()) {
                    return value.map(v -> new Detected(v, where));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(Xpp3Dom node, List<String> path) {
        if (path.isEmpty()) {
            return nonBlank(node.getValue());
        }
        for (Xpp3Dom child : node.getChildren()) {
            if (path.get(0).equals(ANY) || path.get(0).equals(child.getName())) {
                Optional<String> value = find(child, path.subList(1, path.size()));
                if (value.isPresent()) {
                    return value;
                }
            }
        }
        return Optional.empty();
    }

    /** A user property ({@code -D}) wins over the POM's, as it does for the plugins that read it. */
    private static Optional<Detected> property(MavenProject project, MavenSession session, String name) {
        Optional<String> fromCommandLine = nonBlank(session.getUserProperties().getProperty(name));
        if (fromCommandLine.isPresent()) {
            return fromCommandLine.map(v -> new Detected(v, "-D" + name));
        }
        return nonBlank(project.getProperties().getProperty(name)).map(v -> new Detected(v, "property " + name));
    }

    @SafeVarargs
    private static Optional<Detected> first(Optional<Detected>... candidates) {
        for (Optional<Detected> candidate : candidates) {
            if (candidate.isPresent()) {
                return candidate;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> nonBlank(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }
}
