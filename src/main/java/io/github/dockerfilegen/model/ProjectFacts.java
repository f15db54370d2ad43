package io.github.dockerfilegen.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What inspection found in a Maven project: everything the planner may base a decision on, and
 * nothing of Maven's own types.
 *
 * @param groupId the project's groupId
 * @param artifactId the project's artifactId
 * @param version the project's version, as written ({@code -SNAPSHOT} included)
 * @param packaging the project's packaging, for example {@code jar}
 * @param finalName {@code build/finalName}: the artifact's file name without extension
 * @param javaLevel the bytecode level the project compiles for, if the POM sets one
 * @param mainClass the application's main class, if the POM names one
 * @param localParent the parent POM's path relative to the project, when Maven read it from the file
 *     system (a reactor module) rather than from a repository
 * @param mavenConfigFolder whether the project has a {@code .mvn} folder (maven.config, jvm.config,
 *     extensions.xml), which Maven reads in the builder as on the host
 * @param runtimeDependencies the jars on the runtime classpath (compile and runtime scope), in Maven's order
 * @param metadata what the POM says about the project, for image labels
 */
public record ProjectFacts(
        String groupId,
        String artifactId,
        String version,
        String packaging,
        String finalName,
        Optional<Detected> javaLevel,
        Optional<Detected> mainClass,
        Optional<String> localParent,
        boolean mavenConfigFolder,
        List<RuntimeDependency> runtimeDependencies,
        ProjectMetadata metadata) {

    public ProjectFacts {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(packaging, "packaging");
        Objects.requireNonNull(finalName, "finalName");
        Objects.requireNonNull(javaLevel, "javaLevel");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(localParent, "localParent");
        runtimeDependencies = List.copyOf(runtimeDependencies);
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * The POM's descriptive elements; each is empty when the POM does not set it.
     *
     * @param name {@code <name>}
     * @param description {@code <description>}
     * @param url {@code <url>}
     * @param scmUrl {@code <scm><url>}
     * @param organization {@code <organization><name>}
     * @param licenseNames every {@code <licenses><license><name>}, in POM order
     */
    public record ProjectMetadata(
            Optional<String> name,
            Optional<String> description,
            Optional<String> url,
            Optional<String> scmUrl,
            Optional<String> organization,
            List<String> licenseNames) {

        public ProjectMetadata {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(description, "description");
            Objects.requireNonNull(url, "url");
            Objects.requireNonNull(scmUrl, "scmUrl");
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
                    List.of());
        }
    }
}
