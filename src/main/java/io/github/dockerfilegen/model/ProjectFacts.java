package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What inspection found in a Maven project: everything the planner may base a decision on, and
 * nothing of Maven's own types. It records what the project says and where; every rule that reads
 * it lives in the planner. Build one by name with {@link #builder()}.
 *
 * @param groupId the project's groupId
 * @param artifactId the project's artifactId
 * @param version the project's version, as written ({@code -SNAPSHOT} included)
 * @param packaging the project's packaging, for example {@code jar}
 * @param finalName {@code build/finalName}: the artifact's file name without extension
 * @param buildDirectory {@code build/directory}, relative to the project with '/' ({@code target}), or
 *     absolute when it lies outside the project
 * @param plugins the build's plugins, after inheritance and plugin management, in POM order
 * @param properties the POM's properties and this run's {@code -D} user properties
 * @param runtimeDependencies the jars on the runtime classpath (compile and runtime scope), in Maven's order
 * @param providedDependencies the jars the runtime is expected to provide (provided scope), such as the servlet API
 * @param systemPaths the files of system-scoped dependencies ({@code <systemPath>}), relative to the
 *     project with '/', or absolute when outside it
 * @param installedOnly the runtime dependencies and parent POMs ({@code groupId:artifactId:version})
 *     that this machine's local repository has only because {@code mvn install} put them there: no
 *     repository the builder reads has them
 * @param applicationConfig the application's configuration files under {@code src/main/resources}
 * @param buildInputs files and folders outside {@code src/} that the build's plugin configuration
 *     names and that exist, relative to the build context's root (the reactor's root for a module,
 *     else the project), with '/' (a checkstyle configuration, a license header)
 * @param requestedInputs the {@code <buildInputs>} and {@code <builderCertificates>} that exist in the build context, relative to its root,
 *     with '/'; a folder ends with '/'
 * @param xmlFiles XML files that plugin configuration names, parsed, keyed by the value as
 *     configured (Spring Boot's {@code layers.xml})
 * @param localParent the parent POM's path relative to the project, when Maven read it from the file
 *     system (a reactor module) rather than from a repository
 * @param reactor the multi-module build the project is built in, if it is a module of one
 * @param mavenConfigFolder whether the build context's root has a {@code .mvn} folder (maven.config, jvm.config,
 *     extensions.xml), which Maven reads in the builder as on the host
 * @param mavenJvmConfig whether that folder has a {@code jvm.config}: the options of Maven's own JVM
 * @param mavenWrapper the Maven wrapper, when the build context's root has one ({@code mvnw} and
 *     {@code .mvn/wrapper/maven-wrapper.properties}), which pins the Maven version the team builds with
 * @param referencedPackages the packages the application's own code uses: read from its compiled
 *     classes when they exist, else from its sources' imports and qualified names, so the answer does
 *     not depend on whether {@code compile} ran
 * @param referencedTypes the qualified names of the types the application's own code uses (nested ones
 *     with {@code $}), from the same reading: annotations included, such as {@code jakarta.ws.rs.Path}
 * @param jtaPersistenceUnits the {@code META-INF/persistence.xml} files among the resources that ask for
 *     a server's transaction manager ({@code transaction-type="JTA"} or a {@code <jta-data-source>}),
 *     relative to the project with '/'
 * @param rootYaml the YAML files directly in the project's folder ({@code config.yml}), sorted by name,
 *     each document flattened as {@code applicationConfig}'s are; a file that cannot be parsed is one
 *     document with a problem and no values. Applications that read their configuration from a file
 *     named on their command line, such as Dropwizard's, keep it there
 * @param libertyConfig a war's Open Liberty configuration folder, when it has one
 * @param jbossContextRoot the {@code <context-root>} of the war's {@code WEB-INF/jboss-web.xml}, where
 *     WildFly serves it whatever its file's name
 * @param metadata what the project itself (not a parent from a repository) says about itself, for image labels
 * @param installedPlugin this plugin, when the build binds it and this machine's local repository has
 *     that version only because {@code mvn install} put it there (a snapshot or a fork built here):
 *     no repository the builder reads has it
 */
public record ProjectFacts(
        String groupId,
        String artifactId,
        String version,
        String packaging,
        String finalName,
        String buildDirectory,
        List<BuildPlugin> plugins,
        ProjectProperties properties,
        List<RuntimeDependency> runtimeDependencies,
        List<RuntimeDependency> providedDependencies,
        List<String> systemPaths,
        List<String> installedOnly,
        List<ConfigFile> applicationConfig,
        List<String> buildInputs,
        List<String> requestedInputs,
        Map<String, ConfigNode> xmlFiles,
        Optional<String> localParent,
        Optional<Reactor> reactor,
        boolean mavenConfigFolder,
        boolean mavenJvmConfig,
        Optional<MavenWrapper> mavenWrapper,
        ProjectMetadata metadata,
        Optional<InstalledArtifacts> installedPlugin,
        Set<String> referencedPackages,
        Set<String> referencedTypes,
        List<String> jtaPersistenceUnits,
        List<ConfigFile> rootYaml,
        Optional<LibertyConfig> libertyConfig,
        Optional<String> jbossContextRoot) {

    public ProjectFacts {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(finalName, "finalName");
        Objects.requireNonNull(buildDirectory, "buildDirectory");
        plugins = List.copyOf(plugins);
        Objects.requireNonNull(properties, "properties");
        runtimeDependencies = List.copyOf(runtimeDependencies);
        providedDependencies = List.copyOf(providedDependencies);
        systemPaths = List.copyOf(systemPaths);
        installedOnly = List.copyOf(installedOnly);
        applicationConfig = List.copyOf(applicationConfig);
        buildInputs = List.copyOf(buildInputs);
        requestedInputs = List.copyOf(requestedInputs);
        xmlFiles = Collections.unmodifiableSortedMap(new TreeMap<>(xmlFiles));
        Objects.requireNonNull(localParent, "localParent");
        Objects.requireNonNull(reactor, "reactor");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(installedPlugin, "installedPlugin");
        Objects.requireNonNull(mavenWrapper, "mavenWrapper");
        referencedPackages = Collections.unmodifiableSortedSet(new TreeSet<>(referencedPackages));
        referencedTypes = Collections.unmodifiableSortedSet(new TreeSet<>(referencedTypes));
        jtaPersistenceUnits = List.copyOf(jtaPersistenceUnits);
        rootYaml = List.copyOf(rootYaml);
        Objects.requireNonNull(libertyConfig, "libertyConfig");
        Objects.requireNonNull(jbossContextRoot, "jbossContextRoot");
    }

    /** Facts built by name; every list starts empty, every option absent, the build directory {@code target}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Sets the facts by name: inspection fills what it found, tests what they need. */
    public static final class Builder {
        private String groupId;
        private String artifactId;
        private String version;
        private String packaging = "jar";
        private String finalName;
        private String buildDirectory = "target";
        private List<BuildPlugin> plugins = List.of();
        private ProjectProperties properties = ProjectProperties.none();
        private List<RuntimeDependency> runtimeDependencies = List.of();
        private List<RuntimeDependency> providedDependencies = List.of();
        private List<String> systemPaths = List.of();
        private List<String> installedOnly = List.of();
        private List<ConfigFile> applicationConfig = List.of();
        private List<String> buildInputs = List.of();
        private List<String> requestedInputs = List.of();
        private Map<String, ConfigNode> xmlFiles = Map.of();
        private Optional<String> localParent = Optional.empty();
        private Optional<Reactor> reactor = Optional.empty();
        private boolean mavenConfigFolder;
        private boolean mavenJvmConfig;
        private Optional<MavenWrapper> mavenWrapper = Optional.empty();
        private ProjectMetadata metadata = ProjectMetadata.none();
        private Optional<InstalledArtifacts> installedPlugin = Optional.empty();
        private Set<String> referencedPackages = Set.of();
        private Set<String> referencedTypes = Set.of();
        private List<String> jtaPersistenceUnits = List.of();
        private List<ConfigFile> rootYaml = List.of();
        private Optional<LibertyConfig> libertyConfig = Optional.empty();
        private Optional<String> jbossContextRoot = Optional.empty();

        private Builder() {}

        public Builder coordinates(String groupId, String artifactId, String version) {
            this.groupId = groupId;
            this.artifactId = artifactId;
            this.version = version;
            return this;
        }

        public Builder packaging(String value) {
            this.packaging = value;
            return this;
        }

        public Builder finalName(String value) {
            this.finalName = value;
            return this;
        }

        public Builder buildDirectory(String value) {
            this.buildDirectory = value;
            return this;
        }

        public Builder plugins(List<BuildPlugin> value) {
            this.plugins = value;
            return this;
        }

        public Builder properties(ProjectProperties value) {
            this.properties = value;
            return this;
        }

        public Builder runtimeDependencies(List<RuntimeDependency> value) {
            this.runtimeDependencies = value;
            return this;
        }

        public Builder providedDependencies(List<RuntimeDependency> value) {
            this.providedDependencies = value;
            return this;
        }

        public Builder systemPaths(List<String> value) {
            this.systemPaths = value;
            return this;
        }

        public Builder installedOnly(List<String> value) {
            this.installedOnly = value;
            return this;
        }

        public Builder applicationConfig(List<ConfigFile> value) {
            this.applicationConfig = value;
            return this;
        }

        public Builder buildInputs(List<String> value) {
            this.buildInputs = value;
            return this;
        }

        public Builder requestedInputs(List<String> value) {
            this.requestedInputs = value;
            return this;
        }

        public Builder xmlFiles(Map<String, ConfigNode> value) {
            this.xmlFiles = value;
            return this;
        }

        public Builder localParent(Optional<String> value) {
            this.localParent = value;
            return this;
        }

        public Builder reactor(Optional<Reactor> value) {
            this.reactor = value;
            return this;
        }

        public Builder mavenConfigFolder(boolean value) {
            this.mavenConfigFolder = value;
            return this;
        }

        public Builder mavenJvmConfig(boolean value) {
            this.mavenJvmConfig = value;
            return this;
        }

        public Builder mavenWrapper(Optional<MavenWrapper> value) {
            this.mavenWrapper = value;
            return this;
        }

        public Builder metadata(ProjectMetadata value) {
            this.metadata = value;
            return this;
        }

        public Builder installedPlugin(Optional<InstalledArtifacts> value) {
            this.installedPlugin = value;
            return this;
        }

        public Builder referencedPackages(Set<String> value) {
            this.referencedPackages = value;
            return this;
        }

        public Builder referencedTypes(Set<String> value) {
            this.referencedTypes = value;
            return this;
        }

        public Builder jtaPersistenceUnits(List<String> value) {
            this.jtaPersistenceUnits = value;
            return this;
        }

        public Builder rootYaml(List<ConfigFile> value) {
            this.rootYaml = value;
            return this;
        }

        public Builder libertyConfig(Optional<LibertyConfig> value) {
            this.libertyConfig = value;
            return this;
        }

        public Builder jbossContextRoot(Optional<String> value) {
            this.jbossContextRoot = value;
            return this;
        }

        public ProjectFacts build() {
            return new ProjectFacts(
                    groupId,
                    artifactId,
                    version,
                    packaging,
                    finalName,
                    buildDirectory,
                    plugins,
                    properties,
                    runtimeDependencies,
                    providedDependencies,
                    systemPaths,
                    installedOnly,
                    applicationConfig,
                    buildInputs,
                    requestedInputs,
                    xmlFiles,
                    localParent,
                    reactor,
                    mavenConfigFolder,
                    mavenJvmConfig,
                    mavenWrapper,
                    metadata,
                    installedPlugin,
                    referencedPackages,
                    referencedTypes,
                    jtaPersistenceUnits,
                    rootYaml,
                    libertyConfig,
                    jbossContextRoot);
        }
    }

    /** The build plugin with this {@code groupId:artifactId}, if the build has it. */
    public Optional<BuildPlugin> plugin(String key) {
        return plugins.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** The runtime dependency with this {@code groupId:artifactId} ({@link RuntimeDependency#key()}), if there is one. */
    public Optional<RuntimeDependency> dependency(String key) {
        return runtimeDependencies.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    /**
     * What the project says about itself; each is empty when no POM of the project sets it.
     *
     * @param name {@code <name>}
     * @param description {@code <description>}
     * @param url {@code <url>}
     * @param scmUrl {@code <scm><url>}
     * @param scmConnection {@code <scm><connection>}, such as {@code scm:git:https://...}
     * @param organization {@code <organization><name>}
     * @param licenseNames every {@code <licenses><license><name>}, in POM order
     */
    public record ProjectMetadata(
            Optional<String> name,
            Optional<String> description,
            Optional<String> url,
            Optional<String> scmUrl,
            Optional<String> scmConnection,
            Optional<String> organization,
            List<String> licenseNames) {

        public ProjectMetadata {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(scmUrl, "scmUrl");
            Objects.requireNonNull(scmConnection, "scmConnection");
            Objects.requireNonNull(organization, "organization");
            licenseNames = List.copyOf(licenseNames);
        }

        public static ProjectMetadata none() {
            return new ProjectMetadata(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of());
        }
    }
}
