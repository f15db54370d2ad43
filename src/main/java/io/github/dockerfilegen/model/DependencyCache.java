package io.github.dockerfilegen.model;

/** Where the builder keeps the Maven repository between builds. */
public enum DependencyCache implements Choice {
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
    @Override
    public String id() {
        return id;
    }
}
