package io.github.dockerfilegen.model;

import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The user's configuration after validation. Every value here is safe to plan with: a value that
 * could not be rendered faithfully never gets this far: {@link ConfigValidator} checks every raw value
 * and builds it ({@link #builder()}).
 *
 * @param layout the application layout; empty means detect it
 * @param javaVersion the Java release to pick images for; empty means detect it
 * @param mainClass the class to run; empty means detect it
 * @param runtime the runtime image family; empty means the layout's default (distroless, or a war's
 *     servlet container image)
 * @param servletContainer the server a war runs in, when {@code <servletContainer>} names one
 * @param builderImage the builder image, replacing the default for the Java release
 * @param runtimeImage the runtime image, replacing the default for the Java release and flavour
 * @param builderArgs extra arguments to the builder's Maven, in order
 * @param jvmOptions options for the application's JVM, after the defaults
 * @param ports ports to {@code EXPOSE}; empty means the ones the framework's configuration names
 * @param args the application's arguments, the image's {@code CMD} after its {@code ENTRYPOINT}
 * @param extraFiles files and folders of the project copied into the image as they are
 * @param labels extra image labels, sorted by key
 * @param env environment variables of the image, sorted by name
 * @param user the runtime user; empty means the planner's default
 * @param outputDirectory where the Dockerfile goes, relative to the project directory, with '/'
 * @param buildInputs files and folders the build reads that the build context must also send,
 *     relative to its root (the reactor's root for a module), with '/'; a folder ends with '/'
 * @param builderCertificates CA certificates the builder trusts (PEM files ending {@code .crt}), relative
 *     to the build context's root, with '/'
 * @param settingsSecret whether the builder's Maven reads {@code settings.xml} from a BuildKit secret
 * @param dependencyCache where the builder keeps the Maven repository between builds
 * @param imageMirror the registry and path written before every default base image's name, if any
 * @param builderOnBuildPlatform whether the builder stage runs on the build machine's platform
 *     ({@code FROM --platform=$BUILDPLATFORM}) rather than the image's
 * @param openshift whether the image runs as any uid in group 0: the user's group is 0 and what it
 *     writes to is group 0's and group-writable
 * @param writableDirectories absolute folders in the image the application writes to, beside the
 *     ones its layout needs, in the order given
 * @param commandLineOptions the {@code dockerfile-gen.*} user properties this run was given, sorted,
 *     so the printed regenerate command reproduces it
 * @param testStage whether the Dockerfile gets a stage that runs the project's tests
 * @param jlink whether the image gets a Java runtime made by {@code jlink} of the modules the
 *     application needs, instead of a whole JRE
 * @param jlinkModules modules the {@code jlink} runtime gets beside those found, in the order given
 * @param startupCache whether the image gets a start-up cache made by a training run of the
 *     application: an AOT cache on Java 25 and newer, a dynamic CDS archive before
 * @param startupCacheTraining what the training run gives the application: system properties
 *     ({@code -D...}) before the launch, arguments after it
 * @param declaresApplication whether this module's own configuration names a main class or a layout,
 *     which makes it an application; a {@code -D} option reaches every module of a reactor run and
 *     makes no library one
 */
public record GeneratorConfig(
        Optional<LayoutKind> layout,
        Optional<Integer> javaVersion,
        Optional<String> mainClass,
        Optional<RuntimeFlavor> runtime,
        Optional<ServletContainer> servletContainer,
        Optional<ImageReference> builderImage,
        Optional<ImageReference> runtimeImage,
        List<String> builderArgs,
        List<String> jvmOptions,
        List<Port> ports,
        List<String> args,
        List<ExtraFile> extraFiles,
        SortedMap<String, String> labels,
        SortedMap<String, String> env,
        Optional<RuntimeUser> user,
        String outputDirectory,
        List<String> buildInputs,
        List<String> builderCertificates,
        boolean settingsSecret,
        DependencyCache dependencyCache,
        Optional<ImageMirror> imageMirror,
        boolean builderOnBuildPlatform,
        boolean openshift,
        List<String> writableDirectories,
        SortedMap<String, String> commandLineOptions,
        boolean testStage,
        boolean jlink,
        List<String> jlinkModules,
        boolean startupCache,
        List<String> startupCacheTraining,
        boolean declaresApplication) {

    /** What {@code <layout>} takes to detect the layout, the default. */
    public static final String AUTO_LAYOUT = "auto";

    /** Arguments the builder's Maven gets when {@code <builderArgs>} is not set. */
    public static final List<String> DEFAULT_BUILDER_ARGS = List.of("-DskipTests");

    public GeneratorConfig {
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(javaVersion, "javaVersion");
        Objects.requireNonNull(mainClass, "mainClass");
        Objects.requireNonNull(runtime, "runtime");
        Objects.requireNonNull(servletContainer, "servletContainer");
        Objects.requireNonNull(builderImage, "builderImage");
        Objects.requireNonNull(runtimeImage, "runtimeImage");
        builderArgs = List.copyOf(builderArgs);
        jvmOptions = List.copyOf(jvmOptions);
        ports = List.copyOf(ports);
        args = List.copyOf(args);
        extraFiles = List.copyOf(extraFiles);
        labels = Collections.unmodifiableSortedMap(new TreeMap<>(labels));
        env = Collections.unmodifiableSortedMap(new TreeMap<>(env));
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        buildInputs = List.copyOf(buildInputs);
        builderCertificates = List.copyOf(builderCertificates);
        Objects.requireNonNull(dependencyCache, "dependencyCache");
        Objects.requireNonNull(imageMirror, "imageMirror");
        writableDirectories = List.copyOf(writableDirectories);
        jlinkModules = List.copyOf(jlinkModules);
        startupCacheTraining = List.copyOf(startupCacheTraining);
        commandLineOptions = Collections.unmodifiableSortedMap(new TreeMap<>(commandLineOptions));
    }

    /** Collects raw values, as the Mojo received them, for validation into a configuration. */
    public static ConfigValidator builder() {
        return new ConfigValidator();
    }

    /** The defaults: everything detected, the layout's runtime, output in {@code target}. */
    public static GeneratorConfig defaults() {
        try {
            return builder().build();
        } catch (ConfigurationException e) {
            throw new IllegalStateException("the defaults are valid", e);
        }
    }
}
