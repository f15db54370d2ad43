package io.github.dockerfilegen.model;

/** The family of base image the application runs on. */
public enum RuntimeFlavor implements Choice {
    /** Google's distroless Java image: no shell, no package manager, runs as nonroot (65532). */
    DISTROLESS("distroless"),
    /** Eclipse Temurin JRE on Ubuntu. */
    TEMURIN("temurin"),
    /** Eclipse Temurin JRE on Alpine (musl; amd64 and arm64 only). */
    ALPINE("alpine");

    private final String id;

    RuntimeFlavor(String id) {
        this.id = id;
    }

    /** The name users write in {@code <runtime>}. */
    @Override
    public String id() {
        return id;
    }
}
