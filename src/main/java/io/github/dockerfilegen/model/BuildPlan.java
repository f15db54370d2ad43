package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the Dockerfile and its ignore file say, decided: the templates only format this.
 * Values are raw (not escaped); the renderer quotes each for the place it lands in.
 *
 * @param generatorVersion the plugin version, for the header
 * @param dockerfilePath the Dockerfile's path relative to the project directory, with '/'
 * @param contextDirectory the build context's root relative to the project directory: {@code .}, or
 *     the reactor's root for a module ({@code ..})
 * @param dockerfileInContext the Dockerfile's path relative to the build context's root
 * @param regenerateCommand the Maven command that writes this file again
 * @param imageTag the {@code name:tag} the printed build command gives the image
 * @param buildCommand the exact command that builds the image, run from the build context's root
 * @param runCommand a command that runs the built image, publishing its ports
 * @param imageArgs the {@code ARG}s before the first {@code FROM} that name the base images
 * @param context what the build context sends to the builder: its {@code COPY} lines and the
 *     ignore file both come from it
 * @param builder the stage that compiles and packages the project
 * @param runtime the last stage: the image itself
 * @param decisions one line per decision, for the build log (what was detected, and from where)
 * @param warnings what the user should know before building, for the build log
 */
public record BuildPlan(
        String generatorVersion,
        String dockerfilePath,
        String contextDirectory,
        String dockerfileInContext,
        String regenerateCommand,
        String imageTag,
        String buildCommand,
        String runCommand,
        List<ImageArg> imageArgs,
        BuildContext context,
        BuilderStage builder,
        RuntimeStage runtime,
        List<String> decisions,
        List<String> warnings) {

    public BuildPlan {
        Objects.requireNonNull(generatorVersion, "generatorVersion");
        Objects.requireNonNull(dockerfilePath, "dockerfilePath");
        Objects.requireNonNull(contextDirectory, "contextDirectory");
        Objects.requireNonNull(dockerfileInContext, "dockerfileInContext");
        Objects.requireNonNull(regenerateCommand, "regenerateCommand");
        Objects.requireNonNull(imageTag, "imageTag");
        Objects.requireNonNull(buildCommand, "buildCommand");
        Objects.requireNonNull(runCommand, "runCommand");
        imageArgs = List.copyOf(imageArgs);
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(builder, "builder");
        Objects.requireNonNull(runtime, "runtime");
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
    }

    /** {@code ARG <name>=<image>}: {@code --build-arg <name>=...} swaps the image without editing. */
    public record ImageArg(String name, String image) {}

    /**
     * The build context: the project's files the builder needs, and nothing else.
     *
     * @param paths what is sent, relative to the project, with '/'; a folder ends with '/'
     * @param runtimePaths what is sent for the runtime stage only ({@code <extraFiles>}), as {@code paths}
     * @param neverSent patterns that are never sent, even inside a sent folder (build output, VCS and
     *     IDE files, secrets), in {@code .dockerignore} syntax
     */
    public record BuildContext(List<String> paths, List<String> runtimePaths, List<String> neverSent) {
        public BuildContext {
            paths = List.copyOf(paths);
            runtimePaths = List.copyOf(runtimePaths);
            neverSent = List.copyOf(neverSent);
        }
    }

    /**
     * The builder stage.
     *
     * @param template the builder template's name under {@code builder/}, without {@code .ftl}
     * @param name the stage name
     * @param imageArg the {@code ARG} naming the stage's base image
     * @param platform the {@code FROM --platform} value, such as {@code $BUILDPLATFORM}; empty for the image's
     * @param workdir the absolute folder the project is built in
     * @param steps its instructions after {@code WORKDIR}, in order
     */
    public record BuilderStage(
            String template, String name, String imageArg, String platform, String workdir, List<BuilderStep> steps) {
        public BuilderStage {
            steps = List.copyOf(steps);
        }
    }

    /** One instruction of the builder stage; {@link #kind()} tells the template which one. */
    public sealed interface BuilderStep permits ContextCopy, ShellRun {
        /** {@code copy} or {@code run}. */
        String kind();

        /** Comment lines written above the instruction, without {@code #}. */
        List<String> comment();
    }

    /** {@code COPY <source> <target>} from the build context. */
    public record ContextCopy(List<String> comment, String source, String target) implements BuilderStep {
        public ContextCopy {
            comment = List.copyOf(comment);
        }

        @Override
        public String kind() {
            return "copy";
        }
    }

    /**
     * {@code RUN --mount=<mount> ... <command> && <command> ...}: one layer, shell form.
     *
     * @param mounts the {@code --mount} options, such as {@code type=cache,target=/root/.m2}
     * @param commands the commands, joined with {@code &&}; each is one argument per element
     */
    public record ShellRun(List<String> comment, List<String> mounts, List<List<String>> commands)
            implements BuilderStep {
        public ShellRun {
            comment = List.copyOf(comment);
            mounts = List.copyOf(mounts);
            commands = commands.stream().map(List::copyOf).toList();
        }

        @Override
        public String kind() {
            return "run";
        }
    }

    /**
     * The runtime stage.
     *
     * @param template the runtime template's name under {@code runtime/}, without {@code .ftl}
     * @param name the stage name
     * @param imageArg the {@code ARG} naming the stage's base image
     * @param workdir the absolute folder the application lives in
     * @param copies what is copied in from earlier stages, in layer order (least often changed first)
     * @param user the numeric user the application runs as
     * @param ports the ports to {@code EXPOSE}
     * @param env environment variables, sorted by name
     * @param labels image labels, sorted by key
     * @param entrypoint the exec-form entrypoint, one argument per element
     * @param cmd the application's default arguments, after the entrypoint; empty for none
     */
    public record RuntimeStage(
            String template,
            String name,
            String imageArg,
            String workdir,
            List<CopyStep> copies,
            RuntimeUser user,
            List<Port> ports,
            SortedMap<String, String> env,
            SortedMap<String, String> labels,
            List<String> entrypoint,
            List<String> cmd) {
        public RuntimeStage {
            copies = List.copyOf(copies);
            Objects.requireNonNull(user, "user");
            ports = List.copyOf(ports);
            env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
            labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
            entrypoint = List.copyOf(entrypoint);
            cmd = List.copyOf(cmd);
        }
    }

    /**
     * {@code COPY [--from=<fromStage>] [--chown=<owner>] [--chmod=<mode>] <source> <target>}.
     *
     * @param fromStage the stage copied from; empty for the build context
     * @param owner the numeric {@code uid:gid} that owns the copied files, empty to keep the builder's
     *     (root): only what the application must write to is given to its user
     * @param mode the octal mode of the copied files, empty to keep theirs
     */
    public record CopyStep(String fromStage, String source, String target, String owner, String mode) {
        public CopyStep(String fromStage, String source, String target, String owner) {
            this(fromStage, source, target, owner, "");
        }

        public CopyStep(String fromStage, String source, String target) {
            this(fromStage, source, target, "", "");
        }
    }
}
