package io.github.dockerfilegen.model;

import java.util.List;
import java.util.Objects;

/**
 * A Maven artifact that this machine's local repository has only because {@code mvn install} put it
 * there, with what another Maven needs to resolve it from a copy of those files.
 *
 * @param version the installed version
 * @param files its files and those of the parent POMs that are installed only too, as paths inside a
 *     Maven repository ({@code io/github/dockerfilegen/dockerfile-gen-maven-plugin/0.1.0-SNAPSHOT/...jar}),
 *     the jar, the POM, and the install records ({@code _remote.repositories}, a snapshot's
 *     {@code maven-metadata-local.xml})
 */
public record InstalledArtifacts(String version, List<String> files) {
    public InstalledArtifacts {
        Objects.requireNonNull(version, "version");
        files = List.copyOf(files);
    }
}
