package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;

/** Where things are in the two stages: one place for the paths every layout shares. */
final class Folders {
    static final String BUILD_STAGE = "build";
    static final String RUNTIME_STAGE = "runtime";
    /** The builder's working folder: the project is built here. */
    static final String BUILD_DIR = "/build";
    /** The application's folder in the image. */
    static final String APP_DIR = "/app";
    /** Where the Maven repository cache mount is mounted in the builder. */
    static final String MAVEN_CACHE = "/root/.m2";
    /** Maven's build output, relative to the project. */
    static final String TARGET = "target";

    private Folders() {}

    /** {@code COPY --from=build /build/<source> <target>}, the source relative to the project. */
    static CopyStep fromBuild(String source, String target) {
        return new CopyStep(BUILD_STAGE, BUILD_DIR + "/" + source, target);
    }
}
