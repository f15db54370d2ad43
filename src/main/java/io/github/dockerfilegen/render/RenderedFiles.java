package io.github.dockerfilegen.render;

/**
 * The generated files' contents.
 *
 * @param dockerfile the Dockerfile
 * @param dockerignore the {@code Dockerfile.dockerignore} that BuildKit reads next to it
 */
public record RenderedFiles(String dockerfile, String dockerignore) {}
