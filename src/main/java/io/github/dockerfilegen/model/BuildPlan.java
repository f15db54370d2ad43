package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the Dockerfile says, decided: the templates only format this. Values are raw (not
 * escaped); the renderer quotes each for the place it lands in.
 *
 * @param generatorVersion the plugin version, for the header
 * @param dockerfilePath the Dockerfile's path relative to the project directory, with '/'
 * @param regenerateCommand the Maven command that writes this file again
 * @param imageTag the {@code name:tag} the printed build command gives the image
 * @param buildCommand the exact command that builds the image, run from the project directory
 * @param runCommand a command that runs the built image
 * @param imageArgs the {@code ARG}s before the first {@code FROM} that name the base images
 * @param builder the stage that compiles and packages the project
 * @param runtime the last stage: the image itself
 * @param decisions one line per decision, for the build log (what was detected, and from where)
 * @param warnings what the user should know before building, for the build log
 */
public record BuildPlan(
        String generatorVersion,
        String dockerfilePath,
        String regenerateCommand,
        String imageTag,
        String buildCommand,
        String runCommand,
        List<ImageArg> imageArgs,
        BuilderStage builder,
        RuntimeStage runtime,
        List<String> decisions,
        List<String> warnings) {

    public BuildPlan {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(dockerfilePath, "dockerfilePath");
        Objects.requireNonNull(regenerateCommand, "regenerateCommand");
        Objects.requireNonNull(imageTag, "imageTag");
        Objects.requireNonNull(buildCommand, "buildCommand");
        Objects.requireNonNull(runCommand, "runCommand");
        imageArgs = List.copyOf(imageArgs);
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(runtime, "runtime");
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    /** {@code ARG <name>=<image>}: {@code --build-arg <name>=...} swaps the image without editing. */
    public record ImageArg(String name, String image) {}

    /**
     * The builder stage.
     *
     * @param template the builder template's name under {@code builder/}, without {@code .ftl}
     * @param name the stage name
     * @param imageArg the {@code ARG} naming the stage's base image
     * @param workdir the absolute folder the project is built in
     * @param mavenConfig whether the project's {@code .mvn} folder is copied in with {@code pom.xml}
     * @param mavenCache the folder the Maven repository cache mount is mounted on
     * @param mavenCommand the Maven command line, one argument per element
     * @param dependencyFolder where the runtime dependencies are gathered, relative to {@code workdir}
     * @param dependencyCopies the runtime dependencies, from the Maven cache into {@code dependencyFolder}
     */
    public record BuilderStage(
            String template,
            String name,
            String imageArg,
            String workdir,
            boolean mavenConfig,
            String mavenCache,
            List<String> mavenCommand,
            String dependencyFolder,
            List<FileCopy> dependencyCopies) {
        public BuilderStage {
            mavenCommand = List.copyOf(mavenCommand);
            dependencyCopies = List.copyOf(dependencyCopies);
        }
    }

    /** {@code cp <source> <target>} inside a stage. */
    public record FileCopy(String source, String target) {}

    /**
     * The runtime stage.
     *
     * @param template the runtime template's name under {@code runtime/}, without {@code .ftl}
     * @param name the stage name
     * @param imageArg the {@code ARG} naming the stage's base image
     * @param workdir the absolute folder the application lives in
     * @param copies what is copied in from earlier stages, in layer order (least often changed first)
     * @param user the numeric {@code uid:gid} the application runs as
     * @param ports the ports to {@code EXPOSE}
     * @param env environment variables, sorted by name
     * @param labels image labels, sorted by key
     * @param entrypoint the exec-form entrypoint, one argument per element
     */
    public record RuntimeStage(
            String template,
            String name,
            String imageArg,
            String workdir,
            List<CopyStep> copies,
            String user,
            List<String> ports,
            SortedMap<String, String> env,
            SortedMap<String, String> labels,
            List<String> entrypoint) {
        public RuntimeStage {
            copies = List.copyOf(copies);
            ports = List.copyOf(ports);
            env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
            labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
            entrypoint = List.copyOf(entrypoint);
        }
    }

    /** {@code COPY --from=<fromStage> <source> <target>}. */
    public record CopyStep(String fromStage, String source, String target) {}
}
