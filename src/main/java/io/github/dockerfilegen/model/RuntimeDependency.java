package io.github.dockerfilegen.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A jar on the application's runtime classpath, as Maven resolved it.
 *
 * @param groupId the groupId
 * @param artifactId the artifactId
 * @param baseVersion the version as the local repository files it ({@code 1.0-SNAPSHOT}, not a timestamp)
 * @param classifier the classifier, if it has one
 * @param extension the file extension, normally {@code jar}
 * @param reactorArtifact for a module of the same multi-module build: where its build leaves the jar,
 *     relative to the reactor's root ({@code lib/target/lib-1.0.jar}); it is in no repository
 */
public record RuntimeDependency(
        String groupId,
        String artifactId,
        String baseVersion,
        Optional<String> classifier,
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

    /** A jar from a repository, without a classifier. */
    public static RuntimeDependency jar(String groupId, String artifactId, String baseVersion) {
        return new RuntimeDependency(groupId, artifactId, baseVersion, Optional.empty(), "jar", Optional.empty());
    }

    /** The same artifact with this classifier. */
    public RuntimeDependency withClassifier(String value) {
        return new RuntimeDependency(groupId, artifactId, baseVersion, Optional.of(value), extension, reactorArtifact);
    }

    /** {@code groupId:artifactId}: how a build, a plugin list or a reactor names an artifact whatever its version. */
    public static String key(String groupId, String artifactId) {
        return groupId + ":" + artifactId;
    }

    /** This artifact's {@link #key(String, String)}. */
    public String key() {
        return key(groupId, artifactId);
    }

    /** {@code artifactId-version[-classifier].extension}: Maven's own file name for it. */
    public String fileName() {
        return artifactId + "-" + baseVersion + classifier.map(c -> "-" + c).orElse("") + "." + extension;
    }

    /** Where a Maven local repository keeps it, relative to the repository's root. */
    public String repositoryPath() {
        return groupId.replace('.', '/') + "/" + artifactId + "/" + baseVersion + "/" + fileName();
    }

    @Override
    public String toString() {
        return key() + ":" + baseVersion + classifier.map(c -> ":" + c).orElse("");
    }
}
