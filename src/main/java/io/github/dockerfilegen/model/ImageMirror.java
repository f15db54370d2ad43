package io.github.dockerfilegen.model;

/**
 * A registry that serves copies of the public base images ({@code <imageMirror>}), such as
 * {@code registry.example.com/mirror}. Image names map as registry mirrors lay them out: a Docker Hub
 * official image gets its {@code library/} namespace ({@code maven:3.9} becomes
 * {@code <mirror>/library/maven:3.9}), another Docker Hub image keeps its account
 * ({@code <mirror>/account/image:tag}), and an image of another registry keeps that registry's host as
 * the first part of its path ({@code <mirror>/gcr.io/distroless/java21-debian13:nonroot}).
 *
 * @param prefix the registry host, with its port and path if any, without a trailing '/'
 */
public record ImageMirror(String prefix) {
    private static final String DOCKER_HUB = "docker.io/";

    /**
     * Checks a mirror prefix.
     *
     * @throws IllegalArgumentException when it is not a registry host with an optional path; the message says how to write it
     */
    public static ImageMirror parse(String raw) {
        String prefix = raw.endsWith("/") ? raw.substring(0, raw.length() - 1) : raw;
        String host = prefix.contains("/") ? prefix.substring(0, prefix.indexOf('/')) : prefix;
        if (!ImageReference.isRegistryHost(host)) {
            throw new IllegalArgumentException("must start with a registry host (with a '.' or a port, or localhost),"
                    + " optionally followed by a path, such as registry.example.com/mirror; a first part without one"
                    + " would be read as a Docker Hub account");
        }
        try {
            ImageReference.parse(prefix + "/library/probe:1");
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "is not a registry host and path an image name can start with (lower-case"
                            + " path parts of letters, digits, '.', '_' and '-'), such as registry.example.com/mirror");
        }
        return new ImageMirror(prefix);
    }

    /** The name under which this mirror serves a public image. */
    public String map(String image) {
        String name = image.startsWith(DOCKER_HUB) ? image.substring(DOCKER_HUB.length()) : image;
        // Docker Hub's official images live in its library/ namespace; every other name keeps its path.
        return prefix + "/" + (name.contains("/") ? name : "library/" + name);
    }
}
