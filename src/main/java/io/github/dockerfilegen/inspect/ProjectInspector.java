package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigNode;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.InstalledArtifacts;
import io.github.dockerfilegen.model.MavenWrapper;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.ProjectProperties;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.plan.Planner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.inject.Named;
import javax.inject.Singleton;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Model;
import org.apache.maven.model.Plugin;
import org.apache.maven.model.PluginExecution;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.util.xml.Xpp3Dom;

/**
 * Reads a Maven project into {@link ProjectFacts}: with the rest of this package, the only code
 * beside the Mojos that touches Maven's types. It records what the project says and where, and
 * leaves every decision to the planner. Paths inside the project are made relative to it, so no
 * host path reaches the plan.
 */
@Named
@Singleton
public class ProjectInspector {
    private static final String SELF = Planner.PLUGIN;
    private static final Set<String> RUNTIME_SCOPES = Set.of(Artifact.SCOPE_COMPILE, Artifact.SCOPE_RUNTIME);
    /** A persistence unit run by a server's transaction manager: {@code transaction-type="JTA"}, or a JTA data source. */
    /** jboss-web.xml's context root: where WildFly serves the war, whatever its file is called. */
    private static final Pattern JBOSS_CONTEXT_ROOT =
            Pattern.compile("<context-root>\\s*([^<\\s]*)\\s*</context-root>");

    private static final Pattern JTA_UNIT =
            Pattern.compile("transaction-type\\s*=\\s*[\"']JTA[\"']|<jta-data-source\\b");

    public ProjectFacts inspect(MavenProject project, MavenSession session) {
        return inspect(project, session, List.of());
    }

    /**
     * @param requestedInputs the {@code <buildInputs>}, relative to the build context's root, with '/'
     */
    public ProjectFacts inspect(MavenProject project, MavenSession session, List<String> requestedInputs) {
        Path basedir = project.getBasedir().toPath().toAbsolutePath().normalize();
        Optional<ReactorView> reactor = ReactorView.of(project, session);
        Path contextRoot = reactor.map(ReactorView::root).orElse(basedir);
        ProjectPaths paths =
                new ProjectPaths(basedir, contextRoot, project.getBuild().getDirectory());
        Map<String, String> reactorArtifacts =
                reactor.map(ReactorView::artifacts).orElse(Map.of());
        List<BuildPlugin> plugins = plugins(project, paths);
        List<String> configurationValues = configurationValues(plugins);
        // Resource folders outside src/ (a reactor's shared config/) are read by the build as well.
        List<String> buildPaths = new ArrayList<>(configurationValues);
        resourceFolders(project, paths).forEach(folder -> buildPaths.add(folder.toString()));
        CodeReferences.Found code = CodeReferences.read(
                Optional.ofNullable(project.getBuild().getOutputDirectory())
                        .map(Path::of)
                        .orElse(basedir.resolve("target/classes")),
                project.getCompileSourceRoots().stream()
                        .filter(root -> root != null)
                        .map(Path::of)
                        .toList());
        return ProjectFacts.builder()
                .coordinates(project.getGroupId(), project.getArtifactId(), project.getVersion())
                .packaging(project.getPackaging())
                .finalName(Optional.ofNullable(project.getBuild().getFinalName())
                        .orElse(project.getArtifactId() + "-" + project.getVersion()))
                .buildDirectory(paths.relativeIfInside(
                        Optional.ofNullable(project.getBuild().getDirectory())
                                .orElse(basedir.resolve("target").toString())))
                .plugins(plugins)
                .properties(new ProjectProperties(asMap(project.getProperties()), asMap(session.getUserProperties())))
                .runtimeDependencies(dependencies(project, RUNTIME_SCOPES, reactorArtifacts))
                .providedDependencies(dependencies(project, Set.of(Artifact.SCOPE_PROVIDED), reactorArtifacts))
                .systemPaths(systemPaths(project, paths))
                .installedOnly(installedOnly(project, session, reactorArtifacts))
                .applicationConfig(ApplicationConfigReader.read(basedir, resourceFolders(project, paths)))
                .buildInputs(paths.buildInputs(buildPaths))
                .requestedInputs(paths.existingInContext(requestedInputs))
                .xmlFiles(paths.xmlFiles(configurationValues))
                .localParent(localParent(project))
                .reactor(reactor.map(r -> r.reactor(project, session)))
                .mavenConfigFolder(hasMavenConfig(contextRoot))
                .mavenJvmConfig(Files.isRegularFile(contextRoot.resolve(".mvn/jvm.config")))
                .mavenWrapper(mavenWrapper(contextRoot))
                .metadata(metadata(project))
                .installedPlugin(installedPlugin(plugins, session))
                .referencedPackages(code.packages())
                .referencedTypes(code.types())
                .jtaPersistenceUnits(jtaPersistenceUnits(project, paths))
                .rootYaml(ApplicationConfigReader.rootYaml(basedir))
                .jbossContextRoot(jbossContextRoot(plugins, paths))
                .libertyConfig(
                        project.getPackaging().equals("war")
                                ? LibertyConfigReader.read(paths, plugins)
                                : Optional.empty())
                .build();
    }

    private static List<BuildPlugin> plugins(MavenProject project, ProjectPaths paths) {
        List<BuildPlugin> plugins = new ArrayList<>();
        for (Plugin plugin : project.getBuildPlugins()) {
            List<BuildPlugin.Execution> executions = new ArrayList<>();
            for (PluginExecution execution : plugin.getExecutions()) {
                executions.add(new BuildPlugin.Execution(
                        execution.getId(),
                        Optional.ofNullable(execution.getPhase()),
                        execution.getGoals(),
                        node(execution.getConfiguration(), paths)));
            }
            plugins.add(new BuildPlugin(
                    plugin.getGroupId(),
                    plugin.getArtifactId(),
                    Optional.ofNullable(plugin.getVersion()),
                    node(plugin.getConfiguration(), paths),
                    executions));
        }
        return plugins;
    }

    /** Maven's DOM as our own type; absolute paths inside the project become relative ones. */
    static ConfigNode node(Object configuration, ProjectPaths paths) {
        if (!(configuration instanceof Xpp3Dom dom)) {
            return ConfigNode.empty("configuration");
        }
        return node(dom, paths::relativeIfInside);
    }

    static ConfigNode node(Xpp3Dom dom, Function<String, String> value) {
        List<ConfigNode> children = new ArrayList<>();
        for (Xpp3Dom child : dom.getChildren()) {
            children.add(node(child, value));
        }
        return new ConfigNode(
                dom.getName(),
                value.apply(Optional.ofNullable(dom.getValue()).orElse("").trim()),
                children);
    }

    /** Every value of the build's plugin configuration but this plugin's own, which names no build input. */
    private static List<String> configurationValues(List<BuildPlugin> plugins) {
        Set<String> values = new TreeSet<>();
        for (BuildPlugin plugin : plugins) {
            if (plugin.key().equals(SELF)) {
                continue;
            }
            List<ConfigNode> configurations = new ArrayList<>(List.of(plugin.configuration()));
            plugin.executions().forEach(e -> configurations.add(e.configuration()));
            for (ConfigNode configuration : configurations) {
                configuration.walk().forEach(node -> values.add(node.value()));
            }
        }
        return List.copyOf(values);
    }

    /** Each resource folder once (Spring Boot's parent lists src/main/resources twice, filtered and not). */
    private static List<Path> resourceFolders(MavenProject project, ProjectPaths paths) {
        return project.getBuild().getResources().stream()
                .map(resource ->
                        paths.basedir().resolve(resource.getDirectory()).normalize())
                .distinct()
                .toList();
    }

    /**
     * The {@code META-INF/persistence.xml} files among the resources whose units a Jakarta EE server's
     * transaction manager runs ({@code transaction-type="JTA"} or a {@code <jta-data-source>}), relative
     * to the project with '/'.
     */
    private static List<String> jtaPersistenceUnits(MavenProject project, ProjectPaths paths) {
        List<String> files = new ArrayList<>();
        for (Path folder : resourceFolders(project, paths)) {
            Path file = folder.resolve("META-INF/persistence.xml");
            if (Files.isRegularFile(file)) {
                String xml;
                try {
                    xml = Files.readString(file, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
                } catch (IOException e) {
                    throw new UncheckedIOException("Cannot read " + file, e);
                }
                if (JTA_UNIT.matcher(xml).find()) {
                    files.add(paths.relativeIfInside(file.toString()));
                }
            }
        }
        return files;
    }

    /** The {@code <context-root>} of {@code WEB-INF/jboss-web.xml} in the war's sources, if it names one. */
    private static Optional<String> jbossContextRoot(List<BuildPlugin> plugins, ProjectPaths paths) {
        String webapp = plugins.stream()
                .filter(p -> p.key().equals("org.apache.maven.plugins:maven-war-plugin"))
                .findFirst()
                .flatMap(p -> p.value(BuildPlugin.ANY_EXECUTION, "warSourceDirectory"))
                .map(Detected::value)
                .orElse("src/main/webapp");
        Path file = paths.basedir().resolve(webapp).resolve("WEB-INF/jboss-web.xml");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            String xml = Files.readString(file, StandardCharsets.ISO_8859_1).replaceAll("(?s)<!--.*?-->", "");
            var m = JBOSS_CONTEXT_ROOT.matcher(xml);
            return m.find() ? Optional.of(m.group(1)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
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

    /** The Maven wrapper at the build context's root, as committed: line endings and what its script reads. */
    private static Optional<MavenWrapper> mavenWrapper(Path root) {
        Path script = root.resolve("mvnw");
        Path properties = root.resolve(".mvn/wrapper/maven-wrapper.properties");
        if (!Files.isRegularFile(script) || !Files.isRegularFile(properties)) {
            return Optional.empty();
        }
        try {
            String scriptText = Files.readString(script, StandardCharsets.ISO_8859_1);
            return Optional.of(new MavenWrapper(
                    scriptText.contains("\r\n"),
                    Files.readString(properties, StandardCharsets.ISO_8859_1).contains("\r"),
                    // maven-wrapper 3.3's trim(): tr -d '[:space:]'
                    scriptText.contains("[:space:]"),
                    Files.isRegularFile(root.resolve(".mvn/wrapper/maven-wrapper.jar"))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Maven wrapper in " + root, e);
        }
    }

    private static Optional<String> localParent(MavenProject project) {
        return Optional.ofNullable(project.getParentFile())
                .map(parent -> project.getBasedir()
                        .toPath()
                        .relativize(parent.toPath())
                        .toString()
                        .replace('\\', '/'));
    }

    /**
     * The resolved dependencies of these scopes that are jars on a classpath; a module of the same
     * reactor (by {@code groupId:artifactId}) with where its build leaves the jar.
     */
    private static List<RuntimeDependency> dependencies(
            MavenProject project, Set<String> scopes, Map<String, String> reactorArtifacts) {
        List<RuntimeDependency> dependencies = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            if (scopes.contains(artifact.getScope())
                    && artifact.getArtifactHandler().isAddedToClasspath()) {
                Optional<String> classifier =
                        Optional.ofNullable(artifact.getClassifier()).filter(c -> !c.isEmpty());
                String extension = artifact.getArtifactHandler().getExtension();
                dependencies.add(new RuntimeDependency(
                        artifact.getGroupId(),
                        artifact.getArtifactId(),
                        artifact.getBaseVersion(),
                        classifier,
                        extension,
                        Optional.ofNullable(reactorArtifacts.get(
                                        RuntimeDependency.key(artifact.getGroupId(), artifact.getArtifactId())))
                                .map(base -> base + classifier.map(c -> "-" + c).orElse("") + "." + extension)));
            }
        }
        return dependencies;
    }

    /** The {@code <systemPath>} of system-scoped dependencies, relative to the project where they are inside it. */
    private static List<String> systemPaths(MavenProject project, ProjectPaths paths) {
        return project.getDependencies().stream()
                .filter(d -> Artifact.SCOPE_SYSTEM.equals(d.getScope()) && d.getSystemPath() != null)
                .map(d -> paths.relativeIfInside(
                        Path.of(d.getSystemPath()).toAbsolutePath().toString()))
                .distinct()
                .sorted()
                .toList();
    }

    /** This plugin, bound in the build at a version that only this machine's local repository has. */
    private static Optional<InstalledArtifacts> installedPlugin(List<BuildPlugin> plugins, MavenSession session) {
        Optional<BuildPlugin> self =
                plugins.stream().filter(p -> p.key().equals(SELF)).findFirst();
        if (self.isEmpty() || self.get().version().isEmpty()) {
            return Optional.empty();
        }
        return localRepository(session)
                .flatMap(local -> local.installedPlugin(
                        self.get().groupId(),
                        self.get().artifactId(),
                        self.get().version().get()));
    }

    private static Optional<LocalRepository> localRepository(MavenSession session) {
        return LocalRepository.of(
                Optional.ofNullable(session.getLocalRepository()).map(repository -> repository.getBasedir()));
    }

    /**
     * Runtime dependencies and parent POMs from outside the reactor that exist in this machine's
     * local repository only because they were installed there.
     */
    private static List<String> installedOnly(
            MavenProject project, MavenSession session, Map<String, String> reactorArtifacts) {
        Optional<LocalRepository> local = localRepository(session);
        if (local.isEmpty()) {
            return List.of();
        }
        List<String> found = new ArrayList<>();
        for (Artifact artifact : project.getArtifacts()) {
            boolean inReactor = reactorArtifacts.containsKey(
                    RuntimeDependency.key(artifact.getGroupId(), artifact.getArtifactId()));
            if (RUNTIME_SCOPES.contains(artifact.getScope())
                    && !inReactor
                    && local.get()
                            .installedOnly(
                                    artifact.getGroupId(), artifact.getArtifactId(), artifact.getBaseVersion())) {
                found.add(RuntimeDependency.key(artifact.getGroupId(), artifact.getArtifactId()) + ":"
                        + artifact.getBaseVersion());
            }
        }
        for (MavenProject p = project; p.getParent() != null; p = p.getParent()) {
            MavenProject parent = p.getParent();
            boolean fromFileSystem = p.getParentFile() != null;
            if (!fromFileSystem
                    && local.get().installedOnly(parent.getGroupId(), parent.getArtifactId(), parent.getVersion())) {
                found.add(RuntimeDependency.key(parent.getGroupId(), parent.getArtifactId()) + ":" + parent.getVersion()
                        + " (parent POM)");
            }
        }
        return found.stream().distinct().sorted().toList();
    }

    /**
     * The project's own description of itself: an element counts only when the project's POM or a
     * parent read from the file system (the same source tree) declares it. A parent from a
     * repository, such as a framework's starter parent, is not the application's author.
     */
    private static ProjectMetadata metadata(MavenProject project) {
        List<Model> own = new ArrayList<>();
        own.add(declaredModel(project));
        for (MavenProject p = project; p.getParentFile() != null && p.getParent() != null; p = p.getParent()) {
            own.add(declaredModel(p.getParent()));
        }
        boolean licensesDeclared = own.stream().anyMatch(m -> !m.getLicenses().isEmpty());
        List<String> licenses = new ArrayList<>();
        if (licensesDeclared) {
            project.getLicenses().stream()
                    .map(l -> l.getName())
                    .filter(n -> n != null)
                    .forEach(licenses::add);
        }
        return new ProjectMetadata(
                declared(own, Model::getName)
                        .flatMap(v -> Optional.ofNullable(project.getModel().getName())),
                declared(own, Model::getDescription).flatMap(v -> Optional.ofNullable(project.getDescription())),
                declared(own, Model::getUrl).flatMap(v -> Optional.ofNullable(project.getUrl())),
                declared(own, m -> m.getScm() == null ? null : m.getScm().getUrl())
                        .flatMap(v -> Optional.ofNullable(project.getScm().getUrl())),
                declared(own, m -> m.getScm() == null ? null : m.getScm().getConnection())
                        .flatMap(v -> Optional.ofNullable(project.getScm().getConnection())),
                declared(
                                own,
                                m -> m.getOrganization() == null
                                        ? null
                                        : m.getOrganization().getName())
                        .flatMap(v ->
                                Optional.ofNullable(project.getOrganization().getName())),
                licenses);
    }

    /** The POM as written, before inheritance (the effective one where Maven kept no original). */
    private static Model declaredModel(MavenProject project) {
        return Optional.ofNullable(project.getOriginalModel()).orElse(project.getModel());
    }

    /** Present when one of the project's own POMs declares the element (the effective value is then used). */
    private static Optional<String> declared(List<Model> own, Function<Model, String> element) {
        return own.stream().map(element).filter(v -> v != null && !v.isBlank()).findFirst();
    }

    private static Map<String, String> asMap(Properties properties) {
        Map<String, String> map = new HashMap<>();
        for (String name : properties.stringPropertyNames()) {
            map.put(name, properties.getProperty(name));
        }
        return map;
    }
}
