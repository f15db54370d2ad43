package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
                runtimeDependencies(project),
                metadata(project));
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

    private static Optional<Detected> mainClass(MavenProject project, MavenSession session) {
        return first(
                pluginValue(project, JAR_PLUGIN, "default-jar", "archive", "manifest", "mainClass"),
                property(project, session, "exec.mainClass"));
    }

    private static List<RuntimeDependency> runtimeDependencies(MavenProject project) {
        List<RuntimeDependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (RUNTIME_SCOPES.contains(artifact.getScope()) && artifact.getArtifactHandler().isAddedToClasspath()) {
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
     * A value from a build plugin's configuration: the given execution's configuration first (it
     * wins when both are set), then the plugin-level one.
     */
    private static Optional<Detected> pluginValue(MavenProject project, String pluginKey, String executionId,
            String... path) {
        Plugin plugin = project.getBuild().getPluginsAsMap().get(pluginKey);
        if (plugin == null) {
            return Optional.empty();
        }
        String where = plugin.getArtifactId() + " <" + String.join("><", path) + ">";
        PluginExecution execution = plugin.getExecutionsAsMap().get(executionId);
        Optional<String> value = execution == null ? Optional.empty() : child(execution.getConfiguration(), path);
        return value.or(() -> child(plugin.getConfiguration(), path)).map(v -> new Detected(v, where));
    }

    private static Optional<String> child(Object configuration, String... path) {
        if (!(configuration instanceof Xpp3Dom)) {
            return Optional.empty();
        }
        Xpp3Dom node = (Xpp3Dom) configuration;
        for (String name : path) {
            node = node.getChild(name);
            if (node == null) {
                return Optional.empty();
            }
        }
        return nonBlank(node.getValue());
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
