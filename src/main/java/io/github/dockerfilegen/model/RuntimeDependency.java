package io.github.dockerfilegen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A jar on the application's runtime classpath, as Maven resolved it.
 *
 * @param groupId the groupId
 * @param artifactId the artifactId
 * @param baseVersion the version as the local repository files it ({@code 1.0-SNAPSHOT}, not a timestamp)
 * @param classifier the classifier, or empty
 * @param extension the file extension, normally {@code jar}
 * @param reactorArtifact for a module of the same multi-module build: where its build leaves the jar,
 *     relative to the reactor's root ({@code lib/target/lib-1.0.jar}); it is in no repository
 */
public record RuntimeDependency(
        String groupId,
        String artifactId,
        String baseVersion,
        String classifier,
        String extension,
        Optional<String> reactorArtifact) {

    public RuntimeDependency {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(baseVersion, "baseVersion");
        Objects.requireNonNull(classifier, "classifier");
        Objects.requireNonNull(extension, "extension");
        Objects.requireNonNull(reactorArtifact, "reactorArtifact");
    }

    /** A jar from a repository. */
    public RuntimeDependency(
            String groupId, String artifactId, String baseVersion, String classifier, String extension) {
        this(groupId, artifactId, baseVersion, classifier, extension, Optional.empty());
    }

    /** {@code artifactId-version[-classifier].extension}: Maven's own file name for it. */
    public String fileName() {
        return artifactId + "-" + baseVersion + (classifier.isEmpty() ? "" : "-" + classifier) + "." + extension;
    }

    /** Where a Maven local repository keeps it, relative to the repository's root. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + baseVersion + "/" + fileName();
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + baseVersion + (classifier.isEmpty() ? "" : ":" + classifier);
    }
}
