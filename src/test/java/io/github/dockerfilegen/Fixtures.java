package io.github.dockerfilegen;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.BuildPlugin.Execution;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigNode;
import io.github.dockerfilegen.model.InstalledArtifacts;
import io.github.dockerfilegen.model.LibertyConfig;
import io.github.dockerfilegen.model.MavenWrapper;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.ProjectProperties;
import io.github.dockerfilegen.model.Reactor;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.codehaus.plexus.util.xml.Xpp3Dom;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;

/** Project facts as inspection would report them, for tests that need no Maven. Fields are public to change. */
public final class Fixtures {
    public static final String JAR_PLUGIN = "org.apache.maven.plugins:maven-jar-plugin";

    public String groupId = "com.example";
    public String artifactId = "hello";
    public String version = "1.0.0";
    public String packaging = "jar";
    public String finalName = "hello-1.0.0";
    public String buildDirectory = "target";
    public List<BuildPlugin> plugins = new ArrayList<>();
    public Map<String, String> pomProperties = new HashMap<>(Map.of("maven.compiler.release", "17"));
    public Map<String, String> commandLine = new HashMap<>();
    public List<RuntimeDependency> dependencies = List.of(
            RuntimeDependency.jar("org.apache.commons", "commons-text", "1.15.0"),
            RuntimeDependency.jar("org.apache.commons", "commons-lang3", "3.20.0"));
    public List<RuntimeDependency> provided = new ArrayList<>();
    public List<String> systemPaths = new ArrayList<>();
    public List<String> installedOnly = new ArrayList<>();
    public List<ConfigFile> applicationConfig = new ArrayList<>();
    public List<String> buildInputs = new ArrayList<>();
    public List<String> requestedInputs = new ArrayList<>();
    public Map<String, ConfigNode> xmlFiles = new HashMap<>();
    public Optional<String> localParent = Optional.empty();
    public Optional<Reactor> reactor = Optional.empty();
    public boolean mavenConfigFolder = false;
    public boolean mavenJvmConfig = false;
    public Optional<MavenWrapper> mavenWrapper = Optional.empty();
    public Optional<InstalledArtifacts> installedPlugin = Optional.empty();
    public Set<String> referencedPackages = new TreeSet<>();
    public Set<String> referencedTypes = new TreeSet<>();
    public List<String> jtaPersistenceUnits = new ArrayList<>();
    public List<ConfigFile> rootYaml = new ArrayList<>();
    public Optional<LibertyConfig> libertyConfig = Optional.empty();
    public Optional<String> jbossContextRoot = Optional.empty();
    public ProjectMetadata metadata = new ProjectMetadata(
            Optional.of("Hello"),
            Optional.of("A small\n   command-line application."),
            Optional.of("https://example.com/hello"),
            Optional.of("https://github.com/example/hello"),
            Optional.empty(),
            Optional.of("Example Corp"),
            List.of("Apache-2.0"));

    /** A plain jar: Java 17 by property, main class in the jar plugin's manifest, two dependencies. */
    public static Fixtures plainJar() {
        return new Fixtures().mainClass("com.example.hello.Main");
    }

    /** The main class in maven-jar-plugin's manifest, or no jar plugin configuration when null. */
    public Fixtures mainClass(String mainClass) {
        plugins.removeIf(p -> p.key().equals(JAR_PLUGIN));
        if (mainClass != null) {
            // Built, not parsed: tests put hostile text here.
            ConfigNode manifest = new ConfigNode("manifest", "", List.of(ConfigNode.leaf("mainClass", mainClass)));
            ConfigNode configuration =
                    new ConfigNode("configuration", "", List.of(new ConfigNode("archive", "", List.of(manifest))));
            plugins.add(new BuildPlugin(
                    "org.apache.maven.plugins", "maven-jar-plugin", Optional.of("3.5.1"), configuration, List.of()));
        }
        return this;
    }

    /** Adds a build plugin, replacing one with the same key. */
    public Fixtures with(BuildPlugin plugin) {
        plugins.removeIf(p -> p.key().equals(plugin.key()));
        plugins.add(plugin);
        return this;
    }

    /** Adds an application configuration file read from the given text (properties form only). */
    public Fixtures config(String path, Map<String, String> values) {
        applicationConfig.add(new ConfigFile(path, 0, values));
        return this;
    }

    public Fixtures dependency(String groupId, String artifactId, String version) {
        List<RuntimeDependency> all = new ArrayList<>(dependencies);
        all.add(RuntimeDependency.jar(groupId, artifactId, version));
        dependencies = all;
        return this;
    }

    public ProjectFacts facts() {
        return ProjectFacts.builder()
                .coordinates(groupId, artifactId, version)
                .packaging(packaging)
                .finalName(finalName)
                .buildDirectory(buildDirectory)
                .plugins(plugins)
                .properties(new ProjectProperties(pomProperties, commandLine))
                .runtimeDependencies(dependencies)
                .providedDependencies(provided)
                .systemPaths(systemPaths)
                .installedOnly(installedOnly)
                .applicationConfig(applicationConfig)
                .buildInputs(buildInputs)
                .requestedInputs(requestedInputs)
                .xmlFiles(xmlFiles)
                .localParent(localParent)
                .reactor(reactor)
                .mavenConfigFolder(mavenConfigFolder)
                .mavenJvmConfig(mavenJvmConfig)
                .mavenWrapper(mavenWrapper)
                .metadata(metadata)
                .installedPlugin(installedPlugin)
                .referencedPackages(referencedPackages)
                .referencedTypes(referencedTypes)
                .jtaPersistenceUnits(jtaPersistenceUnits)
                .rootYaml(rootYaml)
                .libertyConfig(libertyConfig)
                .jbossContextRoot(jbossContextRoot)
                .build();
    }

    /** A plugin {@code groupId:artifactId} with this plugin-level configuration (XML without the root). */
    public static BuildPlugin plugin(String key, String version, String configuration, Execution... executions) {
        String[] ga = key.split(":");
        return new BuildPlugin(
                ga[0],
                ga[1],
                version.isEmpty() ? Optional.empty() : Optional.of(version),
                xml(configuration),
                List.of(executions));
    }

    public static Execution execution(String id, List<String> goals, String configuration) {
        return new Execution(id, Optional.empty(), goals, xml(configuration));
    }

    /** {@code <configuration>} with these children, as inspection would hand it over. */
    public static ConfigNode xml(String children) {
        return parse("<configuration>" + children + "</configuration>");
    }

    /** A whole XML document. */
    public static ConfigNode parse(String document) {
        try {
            return node(Xpp3DomBuilder.build(new StringReader(document)));
        } catch (Exception e) {
            throw new IllegalArgumentException(document, e);
        }
    }

    private static ConfigNode node(Xpp3Dom dom) {
        List<ConfigNode> children = new ArrayList<>();
        for (Xpp3Dom child : dom.getChildren()) {
            children.add(node(child));
        }
        return new ConfigNode(
                dom.getName(), dom.getValue() == null ? "" : dom.getValue().trim(), children);
    }
}
