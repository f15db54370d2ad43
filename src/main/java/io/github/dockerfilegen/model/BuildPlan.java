package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Everything the Dockerfile and its ignore file say, decided: the templates only format this.
 * Values are raw (not escaped); the renderer quotes each for the place it lands in. Build one by name
 * with {@link #builder()}.
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
 * @param testCommand the command that runs the test stage's tests, without tagging an image; absent
 *     when the plan has no test stage
 * @param imageArgs the {@code ARG}s before the first {@code FROM} that name the base images
 * @param context what the build context sends to the builder: its {@code COPY} lines and the
 *     ignore file both come from it
 * @param stages the stages in Dockerfile order, each written by the template it names: a builder
 *     stage first, the runtime stage (the image) last
 * @param localArtifacts files of this machine's local Maven repository that the builder needs and no
 *     repository it reads has (this plugin, installed here), to be copied next to the Dockerfile
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
        Optional<String> testCommand,
        List<ImageArg> imageArgs,
        BuildContext context,
        List<Stage> stages,
        Optional<RepositoryFiles> localArtifacts,
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
        Objects.requireNonNull(testCommand, "testCommand");
        imageArgs = List.copyOf(imageArgs);
        Objects.requireNonNull(context, "context");
        stages = List.copyOf(stages);
        Objects.requireNonNull(localArtifacts, "localArtifacts");
        decisions = List.copyOf(decisions);
        warnings = List.copyOf(warnings);
        Set<String> names = new HashSet<>();
        for (Stage stage : stages) {
            if (!names.add(stage.name())) {
                throw new IllegalArgumentException("two stages are named " + stage.name());
            }
        }
        if (stages.isEmpty() || !(stages.get(0) instanceof BuilderStage)) {
            throw new IllegalArgumentException("the first stage must build the project: " + stages);
        }
        if (!(stages.get(stages.size() - 1) instanceof RuntimeStage)) {
            throw new IllegalArgumentException("the last stage must be the image: " + stages);
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The stage that compiles and packages the project: the first. */
    public BuilderStage builderStage() {
        return (BuilderStage) stages.get(0);
    }

    /** The last stage: the image itself. */
    public RuntimeStage runtimeStage() {
        return (RuntimeStage) stages.get(stages.size() - 1);
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
     * @param generatedPaths what the plugin writes into the build output for the builder (a folder laid
     *     out as a Maven repository), sent although build output never is, as {@code paths}
     */
    public record BuildContext(
            List<String> paths, List<String> runtimePaths, List<String> neverSent, List<String> generatedPaths) {
        public BuildContext {
            paths = List.copyOf(paths);
            runtimePaths = List.copyOf(runtimePaths);
            neverSent = List.copyOf(neverSent);
            generatedPaths = List.copyOf(generatedPaths);
        }
    }

    /**
     * Files of this machine's local Maven repository, copied into a folder laid out as one.
     *
     * @param folder the folder, relative to the project, with '/'
     * @param files their paths inside the repository, as {@code groupId/as/path/artifactId/version/file}
     */
    public record RepositoryFiles(String folder, List<String> files) {
        public RepositoryFiles {
            Objects.requireNonNull(folder, "folder");
            files = List.copyOf(files);
        }
    }

    /** One {@code FROM ... AS <name>} stage of the Dockerfile, and the template that writes it. */
    public sealed interface Stage permits BuilderStage, TestStage, RuntimeStage {
        /**
         * The template that writes the stage: its path under the templates folder without
         * {@code .ftl}, such as {@code builder/maven}.
         */
        String template();

        /** The stage name, for {@code AS}, {@code COPY --from} and {@code docker build --target}. */
        String name();
    }

    /**
     * A stage that runs the project's tests on the builder stage's output, in its environment; no
     * other stage depends on it, so a plain build skips it and {@code --target test} runs it.
     *
     * @param template its template, such as {@code test/maven}
     * @param name the stage name
     * @param fromStage the stage it starts from, the builder
     * @param steps its instructions, in order
     */
    public record TestStage(String template, String name, String fromStage, List<BuilderStep> steps) implements Stage {
        public TestStage {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(fromStage, "fromStage");
            steps = List.copyOf(steps);
        }
    }

    /**
     * A stage that runs tools on a base image: the builder (Maven and a JDK), and the stages that find
     * the Java modules an application needs and link a runtime of them.
     *
     * @param template its template, such as {@code builder/maven}
     * @param name the stage name
     * @param imageArg the {@code ARG} naming the stage's base image
     * @param platform the {@code FROM --platform} value, such as {@code $BUILDPLATFORM}; absent for the image's
     * @param workdir the absolute folder the project is built in
     * @param steps its instructions after {@code WORKDIR}, in order
     */
    public record BuilderStage(
            String template,
            String name,
            String imageArg,
            Optional<String> platform,
            String workdir,
            List<BuilderStep> steps)
            implements Stage {
        public BuilderStage {
            Objects.requireNonNull(platform, "platform");
            steps = List.copyOf(steps);
        }
    }

    /** One instruction of a builder stage: its type says which. */
    public sealed interface BuilderStep permits ContextCopy, StageCopy, ShellRun, Script, Env {
        /** Comment lines written above the instruction, without {@code #}. */
        List<String> comment();
    }

    /**
     * {@code COPY [--chmod=<mode>] <source> <target>} from the build context.
     *
     * @param mode the octal mode the copied files get, such as {@code 0755} for a script that must run
     *     whatever mode it was committed with; absent to keep theirs
     */
    public record ContextCopy(List<String> comment, String source, String target, Optional<String> mode)
            implements BuilderStep {
        public ContextCopy {
            comment = List.copyOf(comment);
            Objects.requireNonNull(mode, "mode");
        }
    }

    /** {@code COPY --from=<fromStage> <source> <target>}: an earlier stage's output. */
    public record StageCopy(List<String> comment, String fromStage, String source, String target)
            implements BuilderStep {
        public StageCopy {
            comment = List.copyOf(comment);
        }
    }

    /** {@code ENV <name>="<value>"}: a value of the planner's own, never a user's. */
    public record Env(List<String> comment, String name, String value) implements BuilderStep {
        public Env {
            comment = List.copyOf(comment);
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * {@code RUN <line> && <line> ...}: one layer, shell form, each line a shell command written by
     * the planner (pipes, redirections and substitutions included) from fixed text and values it
     * checked to be plain; no configuration value reaches it unchecked.
     */
    public record Script(List<String> comment, List<String> lines) implements BuilderStep {
        public Script {
            comment = List.copyOf(comment);
            lines = List.copyOf(lines);
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
    }

    /**
     * The runtime stage, the image. Build one by name with {@link #builder()}.
     *
     * @param template its template, such as {@code runtime/jre}
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
     * @param training the exec-form run that writes the start-up cache, one argument per element, run
     *     as root before {@code USER}; absent without a cache
     * @param serverSetup an application server's own setup, before {@code copies}, for a template
     *     that writes it; absent for the others
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
            List<String> cmd,
            Optional<List<String>> training,
            Optional<ServerSetup> serverSetup)
            implements Stage {
        public RuntimeStage {
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(imageArg, "imageArg");
            Objects.requireNonNull(workdir, "workdir");
            copies = List.copyOf(copies);
            Objects.requireNonNull(user, "user");
            ports = List.copyOf(ports);
            env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
            labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
            entrypoint = List.copyOf(entrypoint);
            cmd = List.copyOf(cmd);
            training = training.map(List::copyOf);
            Objects.requireNonNull(serverSetup, "serverSetup");
        }

        public static Builder builder() {
            return new Builder();
        }

        /** Sets the runtime stage's parts by name; lists and maps start empty. */
        public static final class Builder {
            private String template;
            private String name;
            private String imageArg;
            private String workdir;
            private List<CopyStep> copies = List.of();
            private RuntimeUser user;
            private List<Port> ports = List.of();
            private SortedMap<String, String> env = new TreeMap<>();
            private SortedMap<String, String> labels = new TreeMap<>();
            private List<String> entrypoint = List.of();
            private List<String> cmd = List.of();
            private Optional<List<String>> training = Optional.empty();
            private Optional<ServerSetup> serverSetup = Optional.empty();

            private Builder() {}

            public Builder template(String value) {
                this.template = value;
                return this;
            }

            public Builder name(String value) {
                this.name = value;
                return this;
            }

            public Builder imageArg(String value) {
                this.imageArg = value;
                return this;
            }

            public Builder workdir(String value) {
                this.workdir = value;
                return this;
            }

            public Builder copies(List<CopyStep> value) {
                this.copies = value;
                return this;
            }

            public Builder user(RuntimeUser value) {
                this.user = value;
                return this;
            }

            public Builder ports(List<Port> value) {
                this.ports = value;
                return this;
            }

            public Builder env(SortedMap<String, String> value) {
                this.env = value;
                return this;
            }

            public Builder labels(SortedMap<String, String> value) {
                this.labels = value;
                return this;
            }

            public Builder entrypoint(List<String> value) {
                this.entrypoint = value;
                return this;
            }

            public Builder cmd(List<String> value) {
                this.cmd = value;
                return this;
            }

            public Builder training(Optional<List<String>> value) {
                this.training = value;
                return this;
            }

            public Builder serverSetup(Optional<ServerSetup> value) {
                this.serverSetup = value;
                return this;
            }

            public RuntimeStage build() {
                return new RuntimeStage(
                        template,
                        name,
                        imageArg,
                        workdir,
                        copies,
                        user,
                        ports,
                        env,
                        labels,
                        entrypoint,
                        cmd,
                        training,
                        serverSetup);
            }
        }
    }

    /**
     * An application server's own setup in the runtime stage, as the server documents it for its
     * image: as the image's user, the configuration, a script that installs what the configuration
     * names (a layer only a configuration change rebuilds), the application, a script that finishes
     * the server.
     *
     * @param user the image's user, who owns what the setup writes
     * @param configuration the server's configuration folder, from the build context
     * @param install the shell command that installs what the configuration names
     * @param application the application's copies from the builder
     * @param finish the shell command that finishes the server
     */
    public record ServerSetup(
            RuntimeUser user, CopyStep configuration, String install, List<CopyStep> application, String finish) {
        public ServerSetup {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(configuration, "configuration");
            Objects.requireNonNull(install, "install");
            application = List.copyOf(application);
            Objects.requireNonNull(finish, "finish");
        }
    }

    /**
     * {@code COPY [--from=<fromStage>] [--chown=<owner>] [--chmod=<mode>] <source> <target>}.
     *
     * @param fromStage the stage copied from; absent for the build context
     * @param source what is copied
     * @param target where it goes in the image
     * @param owner the numeric user that owns the copied files; absent to keep the builder's (root):
     *     only what the application must write to is given to its user
     * @param mode the octal mode of the copied files; absent to keep theirs
     */
    public record CopyStep(
            Optional<String> fromStage,
            String source,
            String target,
            Optional<RuntimeUser> owner,
            Optional<String> mode) {
        public CopyStep {
            Objects.requireNonNull(fromStage, "fromStage");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(target, "target");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(mode, "mode");
        }

        /** {@code COPY --from=<stage> <source> <target>}. */
        public static CopyStep fromStage(String stage, String source, String target) {
            return new CopyStep(Optional.of(stage), source, target, Optional.empty(), Optional.empty());
        }

        /** {@code COPY <source> <target>}, from the build context. */
        public static CopyStep fromContext(String source, String target) {
            return new CopyStep(Optional.empty(), source, target, Optional.empty(), Optional.empty());
        }

        /** The same copy, owned by this user and, if given, with this mode. */
        public CopyStep ownedBy(RuntimeUser user, Optional<String> newMode) {
            return new CopyStep(fromStage, source, target, Optional.of(user), newMode);
        }

        /** The same copy, with this mode if one is given. */
        public CopyStep withMode(Optional<String> newMode) {
            return new CopyStep(fromStage, source, target, owner, newMode);
        }
    }

    /** Sets a plan's parts by name; lists start empty. */
    public static final class Builder {
        private String generatorVersion;
        private String dockerfilePath;
        private String contextDirectory;
        private String dockerfileInContext;
        private String regenerateCommand;
        private String imageTag;
        private String buildCommand;
        private String runCommand;
        private Optional<String> testCommand = Optional.empty();
        private List<ImageArg> imageArgs = List.of();
        private BuildContext context;
        private final List<Stage> stages = new ArrayList<>();
        private Optional<RepositoryFiles> localArtifacts = Optional.empty();
        private List<String> decisions = List.of();
        private List<String> warnings = List.of();

        private Builder() {}

        public Builder generatorVersion(String value) {
            this.generatorVersion = value;
            return this;
        }

        /**
         * Where the Dockerfile is and where it is built from.
         *
         * @param path the Dockerfile's path relative to the project directory
         * @param contextDirectory the build context's root relative to the project directory
         * @param inContext the Dockerfile's path relative to the build context's root
         */
        public Builder dockerfile(String path, String contextDirectory, String inContext) {
            this.dockerfilePath = path;
            this.contextDirectory = contextDirectory;
            this.dockerfileInContext = inContext;
            return this;
        }

        public Builder regenerateCommand(String value) {
            this.regenerateCommand = value;
            return this;
        }

        public Builder imageTag(String value) {
            this.imageTag = value;
            return this;
        }

        public Builder buildCommand(String value) {
            this.buildCommand = value;
            return this;
        }

        public Builder runCommand(String value) {
            this.runCommand = value;
            return this;
        }

        public Builder testCommand(Optional<String> value) {
            this.testCommand = value;
            return this;
        }

        public Builder imageArgs(List<ImageArg> value) {
            this.imageArgs = value;
            return this;
        }

        public Builder context(BuildContext value) {
            this.context = value;
            return this;
        }

        /** Adds a stage after those added before. */
        public Builder stage(Stage value) {
            this.stages.add(value);
            return this;
        }

        public Builder localArtifacts(Optional<RepositoryFiles> value) {
            this.localArtifacts = value;
            return this;
        }

        /** The decision log: what was decided and why, and what the user should know. */
        public Builder log(List<String> decisionLines, List<String> warningLines) {
            this.decisions = decisionLines;
            this.warnings = warningLines;
            return this;
        }

        public BuildPlan build() {
            return new BuildPlan(
                    generatorVersion,
                    dockerfilePath,
                    contextDirectory,
                    dockerfileInContext,
                    regenerateCommand,
                    imageTag,
                    buildCommand,
                    runCommand,
                    testCommand,
                    imageArgs,
                    context,
                    stages,
                    localArtifacts,
                    decisions,
                    warnings);
        }
    }
}
