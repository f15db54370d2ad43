package io.github.dockerfilegen.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inspection on real Maven model objects, as Maven hands them to the Mojo. */
class ProjectInspectorTest {
    @TempDir
    Path basedir;

    private final Properties userProperties = new Properties();

    private MavenProject project(Plugin... plugins) {
        Model model = new Model();
        model.setGroupId("com.example");
        model.setArtifactId("app");
        model.setVersion("1.0");
        model.setPackaging("jar");
        model.setProperties(new Properties());
        model.setBuild(new Build());
        for (Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        MavenProject project = new MavenProject(model);
        project.setFile(basedir.resolve("pom.xml").toFile());
        return project;
    }

    private ProjectFacts inspect(MavenProject project) {
        @SuppressWarnings("deprecation")
        MavenSession session = new MavenSession(
                null, null, new DefaultMavenExecutionRequest().setUserProperties(userProperties), null);
        return new ProjectInspector().inspect(project, session);
    }

    private static Plugin plugin(String groupId, String artifactId, String configuration) throws Exception {
        Plugin plugin = new Plugin();
        plugin.setGroupId(groupId);
        plugin.setArtifactId(artifactId);
        plugin.setConfiguration(
                Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>")));
        return plugin;
    }

    private static Plugin withExecution(Plugin plugin, String id, String configuration) throws Exception {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.setConfiguration(
                Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>")));
        plugin.addExecution(execution);
        return plugin;
    }

    private static Plugin compiler(String configuration) throws Exception {
        return plugin("org.apache.maven.plugins", "maven-compiler-plugin", configuration);
    }

    @Test
    void releaseWinsOverTargetAndPluginConfigurationOverItsProperty() throws Exception {
        MavenProject project = project(compiler("<target>1.8</target>"));
        project.getProperties().setProperty("maven.compiler.release", "21");
        project.getProperties().setProperty("maven.compiler.target", "11");
        assertEquals(
                Optional.of(new Detected("21", "property maven.compiler.release")),
                inspect(project).javaLevel());

        project = project(compiler("<release>17</release>"));
        project.getProperties().setProperty("maven.compiler.release", "21");
        assertEquals(
                Optional.of(new Detected("17", "maven-compiler-plugin <release>")),
                inspect(project).javaLevel());
    }

    @Test
    void theMainCompileExecutionWinsAndTestCompileIsIgnored() throws Exception {
        Plugin compiler = compiler("<release>17</release>");
        withExecution(compiler, "default-testCompile", "<release>25</release>");
        withExecution(compiler, "default-compile", "<release>21</release>");
        assertEquals("21", inspect(project(compiler)).javaLevel().get().value());
    }

    @Test
    void commandLinePropertiesWinOverThePoms() throws Exception {
        MavenProject project = project();
        project.getProperties().setProperty("maven.compiler.target", "17");
        userProperties.setProperty("maven.compiler.target", "21");
        assertEquals(
                Optional.of(new Detected("21", "-Dmaven.compiler.target")),
                inspect(project).javaLevel());
    }

    @Test
    void mainClassSourcesInOrder() throws Exception {
        Plugin jar = plugin(
                "org.apache.maven.plugins",
                "maven-jar-plugin",
                "<archive><manifest><mainClass>a.FromJar</mainClass></manifest></archive>");
        Plugin exec = plugin("org.codehaus.mojo", "exec-maven-plugin", "<mainClass>a.FromExec</mainClass>");
        Plugin shade = withExecution(
                plugin("org.apache.maven.plugins", "maven-shade-plugin", ""),
                "uber",
                "<transformers><transformer implementation=\"x.ServicesResourceTransformer\"/>"
                        + "<transformer implementation=\"x.ManifestResourceTransformer\"><mainClass>a.FromShade</mainClass>"
                        + "</transformer></transformers>");
        MavenProject all = project(jar, exec, shade);
        all.getProperties().setProperty("exec.mainClass", "a.FromProperty");
        assertEquals("a.FromJar", inspect(all).mainClass().get().value());
        assertEquals(
                "a.FromExec", inspect(project(exec, shade)).mainClass().get().value());

        MavenProject propertyAndShade = project(shade);
        propertyAndShade.getProperties().setProperty("exec.mainClass", "a.FromProperty");
        assertEquals(
                "a.FromProperty", inspect(propertyAndShade).mainClass().get().value());

        Detected fromShade = inspect(project(shade)).mainClass().get();
        assertEquals(new Detected("a.FromShade", "maven-shade-plugin <transformers><...><mainClass>"), fromShade);
        assertTrue(inspect(project()).mainClass().isEmpty());
    }

    @Test
    void runtimeDependenciesAreTheCompileAndRuntimeScopedJars() {
        MavenProject project = project();
        LinkedHashSet<org.apache.maven.artifact.Artifact> artifacts = new LinkedHashSet<>();
        artifacts.add(artifact("org.lib", "compiled", "1.0-SNAPSHOT", "compile", null));
        artifacts.add(artifact("org.lib", "native", "2.0", "runtime", "linux-x86_64"));
        artifacts.add(artifact("org.junit", "junit", "5.0", "test", null));
        artifacts.add(artifact("org.servlet", "api", "4.0", "provided", null));
        project.setArtifacts(artifacts);
        assertEquals(
                List.of(
                        new RuntimeDependency("org.lib", "compiled", "1.0-SNAPSHOT", "", "jar"),
                        new RuntimeDependency("org.lib", "native", "2.0", "linux-x86_64", "jar")),
                inspect(project).runtimeDependencies());
    }

    @Test
    void aDotMvnFolderWithAFileIsNoticed() throws Exception {
        assertFalse(inspect(project()).mavenConfigFolder());
        Files.createDirectories(basedir.resolve(".mvn"));
        assertFalse(inspect(project()).mavenConfigFolder(), "an empty .mvn is not in a Git checkout");
        Files.writeString(basedir.resolve(".mvn/maven.config"), "-B\n");
        assertTrue(inspect(project()).mavenConfigFolder());
    }

    @Test
    void aParentReadFromTheFileSystemIsNoticed() {
        MavenProject module = project();
        assertTrue(inspect(module).localParent().isEmpty());
        module.setParentFile(basedir.resolve("../pom.xml").toFile());
        assertEquals(Optional.of("../pom.xml"), inspect(module).localParent());
    }

    private static org.apache.maven.artifact.Artifact artifact(
            String g, String a, String v, String scope, String classifier) {
        DefaultArtifactHandler jar = new DefaultArtifactHandler("jar");
        jar.setAddedToClasspath(true); // as Maven configures its jar handler
        return new DefaultArtifact(g, a, v, scope, "jar", classifier, jar);
    }
}
