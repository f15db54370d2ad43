package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ServerSetup;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.plan.PortRule.Listening;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What one application layout contributes to the plan. Build one by name with {@link #builder()}.
 *
 * @param afterPackage commands the builder runs after {@code mvn package}, in the same layer (each
 *     is one argument per element), in the module's folder
 * @param afterPackageNote what those commands are for, for the Dockerfile's comment
 * @param layers what the runtime stage copies from the builder, least often changed first: each
 *     is an image layer, so a code change ships only the last ones
 * @param jvmFlags the framework's JVM flags, before the user's {@code <jvmOptions>} (which can override them)
 * @param launch what follows the JVM options: {@code -cp <classpath> <main class>} or {@code -jar <jar>}
 * @param listening what the layout knows of the ports the application listens on ({@link PortRule} decides)
 * @param image the base image this kind of application needs (a servlet container), or absent for
 *     the catalog's JRE image
 * @param workdir the runtime stage's working folder
 * @param writable absolute folders the application's server writes to, such as Tomcat's {@code logs}
 * @param training how a start-up cache's training run of the application ends, or why it can have none
 * @param classes where the builder leaves the application's code, for {@code jdeps}: its libraries,
 *     which change least, and its own classes; absent when they cannot be read apart from the archive
 *     that runs (a fat jar run as built)
 * @param server how an application server's image starts it, instead of {@code java} with
 *     {@code jvmFlags} and {@code launch}
 */
record LayoutPlan(
        List<List<String>> afterPackage,
        Optional<String> afterPackageNote,
        List<CopyStep> layers,
        List<String> jvmFlags,
        List<String> launch,
        Listening listening,
        Optional<String> image,
        String workdir,
        List<String> writable,
        Training training,
        Optional<ClassSources> classes,
        Optional<ServerStart> server) {

    /**
     * How an application server's image starts it: with the server's own script, as its image does,
     * which forwards {@code SIGTERM} to the JVM, not a hand-copied java command line.
     *
     * @param command the exec-form entrypoint
     * @param optionsVariable the environment variable whose JVM options the script passes on; its
     *     value is split at spaces by a shell
     * @param user the image's own user, who owns the folders the server writes; they are group 0's
     *     and group-writable, so another user runs in group 0
     * @param template the runtime stage's template
     * @param setup the server's own setup steps, for a template that writes them
     * @param environment what the server's configuration reads from the environment, before {@code <env>}
     */
    record ServerStart(
            List<String> command,
            String optionsVariable,
            RuntimeUser user,
            String template,
            Optional<ServerSetup> setup,
            SortedMap<String, String> environment) {
        ServerStart {
            command = List.copyOf(command);
            Objects.requireNonNull(template, "template");
            Objects.requireNonNull(setup, "setup");
            environment = Collections.unmodifiableSortedMap(new TreeMap<>(environment));
        }
    }

    /** How a start-up cache's training run of an application ends ({@link StartupCacheRule}). */
    sealed interface Training {
        /**
         * The framework ends it after starting.
         *
         * @param systemProperties what tells it to
         * @param how what the log says
         */
        record EndsItself(List<String> systemProperties, String how) implements Training {}

        /**
         * Only {@code <startupCacheTraining>} can say how.
         *
         * @param hint what to give it, or how to make the framework end by itself, for the log
         */
        record NeedsArguments(String hint) implements Training {
            /** A plain application: only its own arguments or properties can make it end. */
            static final NeedsArguments PLAIN = new NeedsArguments("Give the system properties or arguments that make"
                    + " it start, do its start-up work and end in <startupCacheTraining>.");
        }

        /** No cache can hold this application's classes; why, for the log. */
        record Unsupported(String why) implements Training {}
    }

    /**
     * Where the builder leaves the code an application runs, relative to the project: jars, folders of
     * jars, or folders of classes.
     *
     * @param libraries what changes least: the runtime dependencies
     * @param application the application's own code, and what changes as often
     */
    record ClassSources(List<String> libraries, List<String> application) {
        ClassSources {
            libraries = List.copyOf(libraries);
            application = List.copyOf(application);
        }
    }

    LayoutPlan {
        afterPackage = afterPackage.stream().map(List::copyOf).toList();
        Objects.requireNonNull(afterPackageNote, "afterPackageNote");
        layers = List.copyOf(layers);
        jvmFlags = List.copyOf(jvmFlags);
        launch = List.copyOf(launch);
        Objects.requireNonNull(listening, "listening");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(workdir, "workdir");
        writable = List.copyOf(writable);
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(classes, "classes");
        Objects.requireNonNull(server, "server");
    }

    /** An application that runs on the catalog's JRE image, from {@code /app}, on no known port, until told otherwise. */
    static Builder builder() {
        return new Builder();
    }

    /** The same plan with these builder commands and note. */
    LayoutPlan withAfterPackage(List<List<String>> commands, Optional<String> note) {
        return new LayoutPlan(
                commands, note, layers, jvmFlags, launch, listening, image, workdir, writable, training, classes,
                server);
    }

    /** The same plan with these layers. */
    LayoutPlan withLayers(List<CopyStep> copies) {
        return new LayoutPlan(
                afterPackage,
                afterPackageNote,
                copies,
                jvmFlags,
                launch,
                listening,
                image,
                workdir,
                writable,
                training,
                classes,
                server);
    }

    static final class Builder {
        private List<List<String>> afterPackage = List.of();
        private Optional<String> afterPackageNote = Optional.empty();
        private List<CopyStep> layers = List.of();
        private List<String> jvmFlags = List.of();
        private List<String> launch = List.of();
        private Listening listening = new Listening.Unknown();
        private Optional<String> image = Optional.empty();
        private String workdir = Folders.APP_DIR;
        private List<String> writable = List.of();
        private Training training = Training.NeedsArguments.PLAIN;
        private Optional<ClassSources> classes = Optional.empty();
        private Optional<ServerStart> server = Optional.empty();

        private Builder() {}

        /** Commands after {@code mvn package}, and what they are for. */
        Builder afterPackage(List<List<String>> commands, String note) {
            this.afterPackage = commands;
            this.afterPackageNote = Optional.of(note);
            return this;
        }

        Builder layers(List<CopyStep> value) {
            this.layers = value;
            return this;
        }

        Builder jvmFlags(List<String> value) {
            this.jvmFlags = value;
            return this;
        }

        Builder launch(List<String> value) {
            this.launch = value;
            return this;
        }

        Builder listening(Listening value) {
            this.listening = value;
            return this;
        }

        /** A base image of its own, such as a servlet container's, and where the application lives in it. */
        Builder image(String value, String home) {
            this.image = Optional.of(value);
            this.workdir = home;
            return this;
        }

        Builder writable(List<String> value) {
            this.writable = value;
            return this;
        }

        Builder training(Training value) {
            this.training = value;
            return this;
        }

        /** Where the libraries and the application's own code are, for {@code jdeps}. */
        Builder classes(List<String> libraries, List<String> application) {
            this.classes = Optional.of(new ClassSources(libraries, application));
            return this;
        }

        /** Started by an application server's own script. */
        Builder server(ServerStart value) {
            this.server = Optional.of(value);
            return this;
        }

        LayoutPlan build() {
            return new LayoutPlan(
                    afterPackage,
                    afterPackageNote,
                    layers,
                    jvmFlags,
                    launch,
                    listening,
                    image,
                    workdir,
                    writable,
                    training,
                    classes,
                    server);
        }
    }
}
