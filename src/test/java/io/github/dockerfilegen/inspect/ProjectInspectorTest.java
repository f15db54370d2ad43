package io.github.dockerfilegen.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.LibertyConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.artifact.DefaultArtifact;
import org.apache.maven.artifact.handler.DefaultArtifactHandler;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Build;
import org.apache.maven.model.License;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.model.Resource;
import org.apache.maven.model.Scm;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inspection on real Maven model objects and files, as Maven hands them to the Mojo. */
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
        model.getBuild().setDirectory(basedir.resolve("target").toString());
        Resource resources = new Resource();
        resources.setDirectory(basedir.resolve("src/main/resources").toString());
        model.getBuild().addResource(resources);
        for (Plugin plugin : plugins) {
            model.getBuild().addPlugin(plugin);
        }
        MavenProject project = new MavenProject(model);
        project.setOriginalModel(model.clone());
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
        plugin.setVersion("1.0");
        plugin.setConfiguration(
                Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>")));
        return plugin;
    }

    private static Plugin withExecution(Plugin plugin, String id, String goal, String configuration) throws Exception {
        PluginExecution execution = new PluginExecution();
        execution.setId(id);
        execution.addGoal(goal);
        execution.setConfiguration(
                Xpp3DomBuilder.build(new StringReader("<configuration>" + configuration + "</configuration>")));
        plugin.addExecution(execution);
        return plugin;
    }

    private void write(String path, String text) throws Exception {
        Path file = basedir.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void pluginsKeepTheirConfigurationWithPathsInsideTheProjectMadeRelative() throws Exception {
        Plugin shade = withExecution(
                plugin(
                        "org.apache.maven.plugins",
                        "maven-shade-plugin",
                        "<createDependencyReducedPom>false</createDependencyReducedPom>"),
                "uber",
                "shade",
                "<outputFile>" + basedir.resolve("target/app-fat.jar")
                        + "</outputFile><elsewhere>/opt/x.jar</elsewhere>");
        BuildPlugin found = inspect(project(shade))
                .plugin("org.apache.maven.plugins:maven-shade-plugin")
                .orElseThrow();
        assertEquals(Optional.of("1.0"), found.version());
        assertTrue(found.runsGoal("shade"));
        assertEquals(
                Optional.of(new Detected("target/app-fat.jar", "maven-shade-plugin <outputFile>")),
                found.value(BuildPlugin.ANY_EXECUTION, "outputFile"));
        assertEquals(
                "/opt/x.jar", found.value("uber", "elsewhere").orElseThrow().value(), "outside the project: as it is");
        assertEquals(
                "false",
                found.value("uber", "createDependencyReducedPom").orElseThrow().value());
    }

    @Test
    void propertiesFromThePomAndTheCommandLineWhichWins() {
        MavenProject project = project();
        project.getProperties().setProperty("exec.mainClass", "a.FromPom");
        project.getProperties().setProperty("start-class", "a.Start");
        userProperties.setProperty("exec.mainClass", "a.FromCommandLine");
        ProjectFacts facts = inspect(project);
        assertEquals(
                Optional.of(new Detected("a.FromCommandLine", "-Dexec.mainClass")),
                facts.properties().get("exec.mainClass"));
        assertEquals(
                Optional.of(new Detected("a.Start", "property start-class")),
                facts.properties().get("start-class"));
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
                        RuntimeDependency.jar("org.lib", "compiled", "1.0-SNAPSHOT"),
                        RuntimeDependency.jar("org.lib", "native", "2.0").withClassifier("linux-x86_64")),
                inspect(project).runtimeDependencies());
    }

    @Test
    void applicationConfigurationIsReadFromPropertiesAndYamlInEveryResourceFolder() throws Exception {
        write("src/main/resources/application.properties", "server.port=${PORT:8081}\nspring.profiles.active=prod\n");
        write(
                "src/main/resources/application.yml",
                "server:\n  port: 9090\nmanagement:\n  server:\n    port: 9091\n---\n"
                        + "spring.config.activate.on-profile: prod\nserver.port: 7070\n");
        write("src/main/resources/config/application-prod.yaml", "app:\n  names: [a, b]\n");
        write("src/main/resources/other.properties", "server.port=1\n");
        List<ConfigFile> files = inspect(project()).applicationConfig();
        assertEquals(
                List.of(
                        "src/main/resources/application.properties",
                        "src/main/resources/application.yml",
                        "src/main/resources/application.yml",
                        "src/main/resources/config/application-prod.yaml"),
                files.stream().map(ConfigFile::path).toList());
        assertEquals("${PORT:8081}", files.get(0).values().get("server.port"));
        assertEquals(
                Map.of("server.port", "9090", "management.server.port", "9091"),
                files.get(1).values());
        assertEquals(1, files.get(2).document());
        assertEquals("7070", files.get(2).values().get("server.port"));
        assertEquals(
                Map.of("app.names[0]", "a", "app.names[1]", "b"), files.get(3).values());
    }

    @Test
    void mavenFilterTokensDoNotStopYamlFromBeingReadAndBrokenYamlIsReportedNotFatal() throws Exception {
        write("src/main/resources/application.yml", "info:\n  version: @project.version@\nserver:\n  port: 8082\n");
        ConfigFile filtered = inspect(project()).applicationConfig().get(0);
        assertEquals("8082", filtered.values().get("server.port"));
        assertEquals("@project.version@", filtered.values().get("info.version"));

        write("src/main/resources/application.yml", "server: [port: 1\n");
        ConfigFile broken = inspect(project()).applicationConfig().get(0);
        assertTrue(broken.problem().isPresent());
        assertTrue(broken.values().isEmpty());
    }

    @Test
    void yamlFilesInTheProjectFolderAreReadByNameAndBrokenOrHiddenOnesDoNotStopInspection() throws Exception {
        write("config.yml", "server:\n  applicationConnectors:\n    - type: http\n      port: 8090\n");
        write("broken.yaml", "server: [port: 1\n");
        write(".gitlab-ci.yml", "stages: [build]\n");
        write("notes.txt", "port: 1\n");
        write("conf/other.yml", "server:\n  type: simple\n");
        write("src/main/resources/application.yml", "server:\n  port: 9090\n");
        List<ConfigFile> files = inspect(project()).rootYaml();
        assertEquals(
                List.of("broken.yaml", "config.yml"),
                files.stream().map(ConfigFile::path).toList());
        assertTrue(files.get(0).problem().isPresent());
        assertEquals(
                Map.of("server.applicationConnectors[0].type", "http", "server.applicationConnectors[0].port", "8090"),
                files.get(1).values());
    }

    @Test
    void filesTheBuildNamesOutsideSrcAreBuildInputsAndXmlFilesAreParsed() throws Exception {
        write("checkstyle.xml", "<module name=\"Checker\"/>");
        write("config/license-header.txt", "Copyright\n");
        write("src/layers.xml", "<layers><layerOrder><layer>deps</layer><layer>app</layer></layerOrder></layers>");
        write("target/generated.txt", "");
        Plugin checkstyle = plugin(
                "org.apache.maven.plugins",
                "maven-checkstyle-plugin",
                "<configLocation>checkstyle.xml</configLocation><header>" + basedir.resolve("config")
                        + "</header><out>" + basedir.resolve("target/generated.txt") + "</out>"
                        + "<missing>nothing-here.xml</missing><encoding>UTF-8</encoding><up>../x</up>");
        Plugin boot = plugin(
                "org.springframework.boot",
                "spring-boot-maven-plugin",
                "<layers><configuration>" + basedir.resolve("src/layers.xml") + "</configuration></layers>");
        ProjectFacts facts = inspect(project(checkstyle, boot));
        assertEquals(List.of("checkstyle.xml", "config/"), facts.buildInputs());
        assertEquals(
                Set.of("checkstyle.xml", "src/layers.xml"), facts.xmlFiles().keySet());
        assertEquals(
                List.of("deps", "app"),
                facts.xmlFiles().get("src/layers.xml").all("layerOrder", "layer").stream()
                        .map(n -> n.value())
                        .toList());
    }

    @Test
    void metadataIsWhatTheProjectItselfDeclaresNotAParentFromARepository() {
        MavenProject project = project();
        // Effective values, as if inherited from spring-boot-starter-parent...
        project.getModel().setDescription("Parent pom providing dependency and plugin management");
        project.getModel().setUrl("https://spring.io/projects/spring-boot/app");
        License license = new License();
        license.setName("Apache License, Version 2.0");
        project.getModel().addLicense(license);
        Scm scm = new Scm();
        scm.setUrl("https://github.com/spring-projects/spring-boot/app");
        project.getModel().setScm(scm);
        // ... which the project's own POM does not declare.
        project.getOriginalModel().setName("My service");
        project.getModel().setName("My service");
        ProjectFacts facts = inspect(project);
        assertEquals(Optional.of("My service"), facts.metadata().name());
        assertEquals(Optional.empty(), facts.metadata().description());
        assertEquals(Optional.empty(), facts.metadata().url());
        assertEquals(Optional.empty(), facts.metadata().scmUrl());
        assertEquals(List.of(), facts.metadata().licenseNames());

        project.getOriginalModel().setUrl("https://example.com/app");
        project.getModel().setUrl("https://example.com/app");
        assertEquals(
                Optional.of("https://example.com/app"),
                inspect(project).metadata().url());
    }

    @Test
    void metadataDeclaredByAParentInTheSameSourceTreeCounts() {
        MavenProject parent = project();
        parent.getOriginalModel().setDescription("Our services");
        MavenProject module = project();
        module.getModel().setDescription("Our services");
        module.setParent(parent);
        module.setParentFile(basedir.resolve("../pom.xml").toFile());
        assertEquals(Optional.of("Our services"), inspect(module).metadata().description());
    }

    @Test
    void theBuildDirectoryAndSystemScopedJarsAreRelativeToTheProjectWhereTheyAreInsideIt() {
        MavenProject project = project();
        project.getBuild().setDirectory(basedir.resolve("build").toString());
        for (String path : List.of(basedir.resolve("lib/sdk.jar").toString(), "/opt/vendor/tools.jar")) {
            org.apache.maven.model.Dependency system = new org.apache.maven.model.Dependency();
            system.setGroupId("com.vendor");
            system.setArtifactId(path.contains("sdk") ? "sdk" : "tools");
            system.setVersion("1.0");
            system.setScope("system");
            system.setSystemPath(path);
            project.getModel().addDependency(system);
        }
        ProjectFacts facts = inspect(project);
        assertEquals("build", facts.buildDirectory());
        assertEquals(List.of("/opt/vendor/tools.jar", "lib/sdk.jar"), facts.systemPaths());
        assertEquals(List.of(), facts.runtimeDependencies());
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

    @Test
    void aWarsLibertyConfigurationIsReadFromThePluginsConfigDirectory() throws Exception {
        write("liberty/server.xml", """
                <server>
                    <featureManager><feature>restfulWS-3.1</feature><feature>mpConfig-3.1</feature></featureManager>
                    <variable name="http.port" defaultValue="9080"/>
                    <variable name="app.name" value="shop"/>
                    <httpEndpoint id="other" httpPort="1"/>
                    <httpEndpoint id="defaultHttpEndpoint" host="*" httpPort="${http.port}"/>
                    <webApplication location="shop.war" contextRoot="/"/>
                </server>
                """);
        write("liberty/bootstrap.properties", "https.port = 9444\n");
        MavenProject project = project(plugin(
                "io.openliberty.tools",
                "liberty-maven-plugin",
                "<configDirectory>" + basedir.resolve("liberty") + "</configDirectory>"));
        project.getModel().setPackaging("war");
        LibertyConfig liberty = inspect(project).libertyConfig().orElseThrow();
        assertEquals("liberty", liberty.directory());
        assertEquals(List.of("restfulWS-3.1", "mpConfig-3.1"), liberty.features());
        assertEquals(Optional.of("${http.port}"), liberty.httpPort());
        assertEquals(Optional.empty(), liberty.httpsPort());
        assertEquals(Optional.of("*"), liberty.host());
        assertEquals(Map.of("http.port", "9080"), liberty.variableDefaults());
        assertEquals(Map.of("app.name", "shop"), liberty.variables());
        assertEquals(Map.of("https.port", "9444"), liberty.bootstrapProperties());
        assertEquals(Optional.of("shop.war"), liberty.applicationLocation());
    }

    @Test
    void aJarOrAWarWithoutTheFolderHasNoLibertyConfiguration() throws Exception {
        write("src/main/liberty/config/server.xml", "<server/>");
        assertEquals(Optional.empty(), inspect(project()).libertyConfig(), "a jar");
        Files.delete(basedir.resolve("src/main/liberty/config/server.xml"));
        Files.delete(basedir.resolve("src/main/liberty/config"));
        MavenProject war = project();
        war.getModel().setPackaging("war");
        assertEquals(Optional.empty(), inspect(war).libertyConfig());
    }

    @Test
    void jbossWebXmlsContextRootIsRead() throws Exception {
        write("src/main/webapp/WEB-INF/jboss-web.xml", """
                <jboss-web>
                    <!-- <context-root>old</context-root> -->
                    <context-root> /shop </context-root>
                </jboss-web>
                """);
        assertEquals(Optional.of("/shop"), inspect(project()).jbossContextRoot());
    }
}
