package io.github.dockerfilegen.model;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/** Where the builder keeps the Maven repository between builds. */
public enum DependencyCache {
    /**
     * A BuildKit cache mount: it outlives every layer on the machine that builds, and never leaves it.
     * The default, for machines that build again and again.
     */
    MOUNT("mount"),
    /**
     * A layer of its own, resolved from the POMs before the sources are copied: a registry cache
     * ({@code --cache-from}) restores it on a fresh machine, as CI fleets need.
     */
    LAYER("layer");

    private final String id;

    DependencyCache(String id) {
        this.id = id;
    }

    /** The name users write in {@code <dependencyCache>}. */
    public String id() {
        return id;
    }

    public static Optional<DependencyCache> byId(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    public static String ids() {
        return Arrays.stream(values()).map(DependencyCache::id).collect(Collectors.joining(", "));
    }
}
