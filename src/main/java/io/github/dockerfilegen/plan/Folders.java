package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ProjectFacts;

/** Where things are in the two stages: one place for the paths every layout shares. */
final class Folders {
    static final String BUILD_STAGE = "build";
    static final String RUNTIME_STAGE = "runtime";
    /** The builder's working folder: the project is built here. */
    static final String BUILD_DIR = "/build";
    /** The application's folder in the image. */
    static final String APP_DIR = "/app";
    /**
     * Where the Maven repository cache mount is mounted in the builder: the repository only, so that
     * {@code settings.xml} can be a secret beside it and the wrapper's Maven stays in a layer.
     */
    static final String MAVEN_REPOSITORY = "/root/.m2/repository";
    /** Where the builder's Maven reads its user settings. */
    static final String MAVEN_SETTINGS = "/root/.m2/settings.xml";
    /** The BuildKit secret id of the Maven settings: {@code docker build --secret id=maven-settings,...}. */
    static final String SETTINGS_SECRET_ID = "maven-settings";

    private Folders() {}

    /** Maven's build output, {@code <build><directory>}, relative to the project: usually {@code target}. */
    static String target(ProjectFacts facts) {
        return facts.buildDirectory();
    }

    /** Whether inspection left this path absolute: it lies outside the project, out of the build context's reach. */
    static boolean outsideProject(String path) {
        return path.startsWith("/") || path.matches("[A-Za-z]:[\\\\/].*");
    }

    /** {@code COPY --from=build /build/<source> <target>}, the source relative to the project. */
    static CopyStep fromBuild(String source, String target) {
        return new CopyStep(BUILD_STAGE, BUILD_DIR + "/" + source, target);
    }
}
