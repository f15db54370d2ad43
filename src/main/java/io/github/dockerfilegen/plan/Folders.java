package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ProjectFacts;

/** Where things are in the stages: one place for the paths every layout shares. */
final class Folders {
    static final String BUILD_STAGE = "build";
    static final String TEST_STAGE = "test";
    static final String RUNTIME_STAGE = "runtime";
    /** The builder's working folder: the project (or the reactor's root) is built here. */
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

    /** Where the builder's Maven run reads this machine's local artifacts from, bind-mounted from the build context. */
    static final String LOCAL_ARTIFACTS_MOUNT = "/tmp/dockerfile-gen-repository";

    /** A path relative to the project as the build context names it: the same, or under the module's folder. */
    static String inContext(ProjectFacts facts, String path) {
        return facts.reactor().map(r -> r.module() + "/").orElse("") + path;
    }

    /** The project's folder under the builder's working folder: {@code /build}, or {@code /build/<module>}. */
    static String projectInBuilder(ProjectFacts facts) {
        return BUILD_DIR + facts.reactor().map(r -> "/" + r.module()).orElse("");
    }

    /**
     * {@code COPY --from=build /build/[<module>/]<source> <target>}.
     *
     * @param source a path relative to the project, as the builder's commands in its folder see it
     */
    static CopyStep fromBuild(ProjectFacts facts, String source, String target) {
        return CopyStep.fromStage(BUILD_STAGE, projectInBuilder(facts) + "/" + source, target);
    }
}
