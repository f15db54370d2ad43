package io.github.dockerfilegen.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** The family of base image the application runs on. */
public enum RuntimeFlavor {
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
    public String id() {
        return id;
    }

    public static Optional<RuntimeFlavor> byId(String id) {
        return Arrays.stream(values()).filter(f -> f.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(RuntimeFlavor::id).collect(Collectors.joining(", "));
    }
}
