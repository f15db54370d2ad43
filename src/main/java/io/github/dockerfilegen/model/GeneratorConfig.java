package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The user's configuration after validation. Every value here is safe to plan with: a value that
 * could not be rendered faithfully never gets this far. Build one with {@link #builder()}.
 *
 * @param layout the application layout; empty means detect it
 * @param javaVersion the Java release to pick images for; empty means detect it
 * @param mainClass the class to run; empty means detect it
 * @param runtime the runtime image family; empty means the layout's default (distroless, or a war's
 *     servlet container image)
 * @param servletContainer the servlet container a war runs in
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
 */
public record GeneratorConfig(
        Optional<LayoutKind> layout,
        Optional<Integer> javaVersion,
        Optional<String> mainClass,
        Optional<RuntimeFlavor> runtime,
        ServletContainer servletContainer,
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
        SortedMap<String, String> commandLineOptions) {

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
        commandLineOptions = Collections.unmodifiableSortedMap(new TreeMap<>(commandLineOptions));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The defaults: everything detected, the layout's runtime, output in {@code target}. */
    public static GeneratorConfig defaults() {
        try {
            return builder().build();
        } catch (ConfigurationException e) {
            throw new IllegalStateException("the defaults are valid", e);
        }
    }

    /**
     * Collects raw values as the Mojo received them ({@code null} or blank means "not set"), checks
     * them all, and reports every problem at once, each naming its POM element and the fix.
     */
    public static final class Builder {
        // hadolint DL3048: lower-case letters, digits, '.', '-'; Docker's own namespaces are reserved.
        private static final Pattern LABEL_KEY = Pattern.compile("[a-z0-9]([a-z0-9._-]*[a-z0-9])?");
        private static final Pattern RESERVED_LABEL =
                Pattern.compile("(com\\.docker|io\\.docker|org\\.dockerproject)\\..*");
        private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
        private static final Pattern OUTPUT_DIRECTORY = Pattern.compile("[A-Za-z0-9._/-]+");
        /** What a COPY line and a .dockerignore hold as it is. */
        private static final Pattern IMAGE_PATH = Pattern.compile("/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

        private static final Pattern OCTAL_MODE = Pattern.compile("0?[0-7]{3}");
        private static final Pattern CONTEXT_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

        private String layout;
        private String javaVersion;
        private String mainClass;
        private String runtime;
        private String servletContainer;
        private String builderImage;
        private String runtimeImage;
        private List<String> builderArgs;
        private List<String> jvmOptions;
        private List<String> ports;
        private List<String> args;
        private final List<List<String>> extraFiles = new ArrayList<>();
        private Map<String, String> labels;
        private Map<String, String> env;
        private String user;
        private String outputDirectory = "target";
        private List<String> buildInputs;
        private List<String> builderCertificates;
        private boolean settingsSecret;
        private String dependencyCache;
        private String imageMirror;
        private boolean builderOnBuildPlatform = true;
        private boolean openshift;
        private List<String> writableDirectories;
        private Map<String, String> commandLineOptions = Map.of();

        private final List<String> problems = new ArrayList<>();

        private Builder() {}

        public Builder layout(String value) {
            this.layout = value;
            return this;
        }

        public Builder javaVersion(String value) {
            this.javaVersion = value;
            return this;
        }

        public Builder mainClass(String value) {
            this.mainClass = value;
            return this;
        }

        public Builder runtime(String value) {
            this.runtime = value;
            return this;
        }

        public Builder builderImage(String value) {
            this.builderImage = value;
            return this;
        }

        public Builder servletContainer(String value) {
            this.servletContainer = value;
            return this;
        }

        public Builder runtimeImage(String value) {
            this.runtimeImage = value;
            return this;
        }

        public Builder builderArgs(List<String> value) {
            this.builderArgs = value;
            return this;
        }

        public Builder jvmOptions(List<String> value) {
            this.jvmOptions = value;
            return this;
        }

        public Builder ports(List<String> value) {
            this.ports = value;
            return this;
        }

        public Builder args(List<String> value) {
            this.args = value;
            return this;
        }

        /** One {@code <extraFile>}: its {@code <from>}, {@code <into>} and {@code <mode>} as given (null when unset). */
        public Builder extraFile(String from, String into, String mode) {
            this.extraFiles.add(java.util.Arrays.asList(from, into, mode));
            return this;
        }

        public Builder labels(Map<String, String> value) {
            this.labels = value;
            return this;
        }

        public Builder env(Map<String, String> value) {
            this.env = value;
            return this;
        }

        public Builder user(String value) {
            this.user = value;
            return this;
        }

        /** Where the Dockerfile goes, relative to the project directory ('/' or the platform's separator). */
        public Builder outputDirectory(String value) {
            this.outputDirectory = value;
            return this;
        }

        public Builder buildInputs(List<String> value) {
            this.buildInputs = value;
            return this;
        }

        public Builder builderCertificates(List<String> value) {
            this.builderCertificates = value;
            return this;
        }

        public Builder settingsSecret(boolean value) {
            this.settingsSecret = value;
            return this;
        }

        public Builder dependencyCache(String value) {
            this.dependencyCache = value;
            return this;
        }

        public Builder imageMirror(String value) {
            this.imageMirror = value;
            return this;
        }

        public Builder builderOnBuildPlatform(boolean value) {
            this.builderOnBuildPlatform = value;
            return this;
        }

        public Builder openshift(boolean value) {
            this.openshift = value;
            return this;
        }

        public Builder writableDirectories(List<String> value) {
            this.writableDirectories = value;
            return this;
        }

        /** The {@code dockerfile-gen.*} user properties ({@code -D}) of this run. */
        public Builder commandLineOptions(Map<String, String> value) {
            this.commandLineOptions = value;
            return this;
        }

        public GeneratorConfig build() throws ConfigurationException {
            problems.clear();
            GeneratorConfig config = new GeneratorConfig(
                    checkLayout(),
                    checkJavaVersion(),
                    checkMainClass(),
                    checkRuntime(),
                    checkServletContainer(),
                    checkImage("builderImage", builderImage),
                    checkImage("runtimeImage", runtimeImage),
                    checkTotal("builderArgs", checkBuilderArgs()),
                    checkTotal("jvmOptions", checkJvmOptions()),
                    checkPorts(),
                    checkTotal("args", checkArgs()),
                    checkExtraFiles(),
                    checkLabels(),
                    checkEnv(),
                    checkUser(openshift),
                    checkOutputDirectory(),
                    contextPaths("buildInputs", buildInputs, "config/checkstyle.xml"),
                    checkCertificates(),
                    settingsSecret,
                    checkDependencyCache(),
                    checkImageMirror(),
                    builderOnBuildPlatform,
                    openshift,
                    checkWritableDirectories(),
                    checkCommandLineOptions());
            if (!problems.isEmpty()) {
                throw new ConfigurationException(
                        "Invalid dockerfile-gen configuration:\n  - " + String.join("\n  - ", problems));
            }
            return config;
        }

        private Optional<LayoutKind> checkLayout() {
            Optional<String> raw = given(layout).map(String::trim);
            if (raw.isEmpty() || raw.get().equals(AUTO_LAYOUT)) {
                return Optional.empty();
            }
            Optional<LayoutKind> kind = LayoutKind.byId(raw.get());
            if (kind.isEmpty()) {
                problem("layout", raw.get(), "must be " + AUTO_LAYOUT + " or one of: " + LayoutKind.ids());
            }
            return kind;
        }

        private Optional<Integer> checkJavaVersion() {
            Optional<String> raw = given(javaVersion);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<Integer> release = JavaRelease.parse(raw.get());
            if (release.isEmpty()) {
                problem("javaVersion", raw.get(), "must be a Java release such as 17, 21 or 25");
            } else if (JavaRelease.roundUp(release.get()).isEmpty()) {
                problem(
                        "javaVersion",
                        raw.get(),
                        "is newer than Java " + JavaRelease.newest() + ", the newest release with images; set one of "
                                + JavaRelease.SUPPORTED + " and <builderImage>/<runtimeImage> to images with your JDK");
                return Optional.empty();
            }
            return release;
        }

        private Optional<String> checkMainClass() {
            Optional<String> raw = given(mainClass);
            if (raw.isPresent() && !Text.isClassName(raw.get())) {
                problem("mainClass", raw.get(), "must be a fully qualified class name such as com.example.Main");
                return Optional.empty();
            }
            return raw;
        }

        private Optional<RuntimeFlavor> checkRuntime() {
            Optional<String> raw = given(runtime);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<RuntimeFlavor> flavor = RuntimeFlavor.byId(raw.get().trim());
            if (flavor.isEmpty()) {
                problem("runtime", raw.get(), "must be one of: " + RuntimeFlavor.ids());
            }
            return flavor;
        }

        private ServletContainer checkServletContainer() {
            Optional<String> raw = given(servletContainer);
            if (raw.isEmpty()) {
                return ServletContainer.DEFAULT;
            }
            Optional<ServletContainer> container = ServletContainer.parse(raw.get());
            if (container.isEmpty()) {
                problem("servletContainer", raw.get(), "must be one of: " + ServletContainer.accepted());
            }
            return container.orElse(ServletContainer.DEFAULT);
        }

        private Optional<ImageReference> checkImage(String element, String value) {
            Optional<String> raw = given(value).map(String::trim);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ImageReference.parse(raw.get()));
            } catch (IllegalArgumentException e) {
                problem(element, raw.get(), e.getMessage());
                return Optional.empty();
            }
        }

        private List<String> checkBuilderArgs() {
            if (builderArgs == null || nonBlank(builderArgs).isEmpty()) {
                return DEFAULT_BUILDER_ARGS;
            }
            List<String> args = new ArrayList<>();
            for (String arg : nonBlank(builderArgs)) {
                if (checkText("builderArgs", arg)) {
                    args.add(arg);
                }
            }
            return args;
        }

        /** BuildKit reads lines of at most 64 KiB: a list goes on one line, so its values share a budget. */
        private List<String> checkTotal(String element, List<String> values) {
            if (values.stream().mapToInt(String::length).sum() > 2 * Text.MAX_VALUE_LENGTH) {
                problem(
                        element,
                        values.size() + " values",
                        "are together longer than " + 2 * Text.MAX_VALUE_LENGTH + " characters");
            }
            return values;
        }

        private List<String> checkJvmOptions() {
            List<String> options = new ArrayList<>();
            for (String option : nonBlank(jvmOptions)) {
                if (!option.startsWith("-")) {
                    problem("jvmOptions", option, "each option must start with '-', for example -Xss1m");
                } else if (checkText("jvmOptions", option)) {
                    options.add(option);
                }
            }
            return options;
        }

        private List<String> checkArgs() {
            List<String> valid = new ArrayList<>();
            for (String arg : nonBlank(args)) {
                if (checkText("args", arg)) {
                    valid.add(arg);
                }
            }
            return valid;
        }

        private List<ExtraFile> checkExtraFiles() {
            List<ExtraFile> valid = new ArrayList<>();
            for (List<String> raw : extraFiles) {
                List<String> from =
                        contextPaths("extraFiles/from", java.util.Collections.singletonList(raw.get(0)), "config.yml");
                String into = given(raw.get(1)).map(String::trim).orElse("");
                Optional<String> mode = given(raw.get(2)).map(String::trim);
                boolean ok = !from.isEmpty();
                if (from.isEmpty() && given(raw.get(0)).isEmpty()) {
                    problem("extraFiles/from", "", "is required: the file or folder to copy, such as config.yml");
                }
                if (!IMAGE_PATH.matcher(into).matches()
                        || List.of(into.split("/")).contains("..")) {
                    problem("extraFiles/into", into, "must be an absolute path in the image, such as /app/config.yml");
                    ok = false;
                }
                if (mode.isPresent() && !OCTAL_MODE.matcher(mode.get()).matches()) {
                    problem("extraFiles/mode", mode.get(), "must be an octal mode such as 0644 (or 0755 for a folder)");
                    ok = false;
                }
                if (ok) {
                    valid.add(new ExtraFile(from.get(0), into, mode.map(m -> m.length() == 3 ? "0" + m : m)));
                }
            }
            return valid;
        }

        private List<Port> checkPorts() {
            List<Port> valid = new ArrayList<>();
            for (String raw : nonBlank(ports)) {
                Optional<Port> port = Port.parse(raw);
                if (port.isEmpty()) {
                    problem("ports", raw, "must be a port from 1 to 65535, optionally with /tcp or /udp, such as 8080");
                } else if (!valid.contains(port.get())) {
                    valid.add(port.get());
                }
            }
            return valid;
        }

        private SortedMap<String, String> checkLabels() {
            SortedMap<String, String> valid = new TreeMap<>();
            if (labels != null) {
                labels.forEach((key, value) -> {
                    String v = value == null ? "" : value;
                    if (key == null
                            || !LABEL_KEY.matcher(key).matches()
                            || RESERVED_LABEL.matcher(key).matches()) {
                        problem(
                                "labels",
                                String.valueOf(key),
                                "a label key must be lower-case letters, digits, '.',"
                                        + " '-' or '_', outside Docker's own namespaces, such as org.example.team");
                    } else if (checkText("labels/" + key, v)) {
                        valid.put(key, v);
                    }
                });
            }
            return valid;
        }

        private SortedMap<String, String> checkEnv() {
            SortedMap<String, String> valid = new TreeMap<>();
            if (env != null) {
                env.forEach((name, value) -> {
                    String v = value == null ? "" : value;
                    if (name == null || !ENV_NAME.matcher(name).matches()) {
                        problem(
                                "env",
                                String.valueOf(name),
                                "a variable name must be letters, digits and '_', not starting with a digit");
                    } else if (SecretNames.looksLikeSecret(name)) {
                        problem(
                                "env",
                                name,
                                "looks like a secret, and an image keeps ENV values for anyone to read;"
                                        + " pass it when the container starts (docker run -e " + name + ")");
                    } else if (checkText("env/" + name, v)) {
                        valid.put(name, v);
                    }
                });
            }
            return valid;
        }

        private Optional<RuntimeUser> checkUser(boolean inGroupZero) {
            Optional<String> raw = given(user).map(String::trim);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            Optional<RuntimeUser> parsed = RuntimeUser.parse(raw.get());
            if (parsed.isEmpty()) {
                problem("user", raw.get(), "must be a numeric uid[:gid] such as 10001:10001");
            } else if (parsed.get().isRoot() || parsed.get().uid() > Integer.MAX_VALUE) {
                problem("user", raw.get(), "must be a non-root uid from 1 to 2147483647");
                return Optional.empty();
            } else if (inGroupZero && parsed.get().gid().filter(gid -> gid != 0).isPresent()) {
                problem(
                        "user",
                        raw.get(),
                        "names a group other than 0, but <openshift> runs the application in group 0: write"
                                + " the uid alone, such as " + parsed.get().uid());
                return Optional.empty();
            }
            return parsed;
        }

        private List<String> checkWritableDirectories() {
            List<String> valid = new ArrayList<>();
            for (String raw : nonBlank(writableDirectories)) {
                String path = raw.trim().replaceAll("(.)/+$", "$1");
                if (!IMAGE_PATH.matcher(path).matches()
                        || List.of(path.split("/")).contains("..")
                        || List.of(path.split("/")).contains(".")) {
                    problem(
                            "writableDirectories",
                            raw,
                            "must be an absolute folder in the image other than /, such as /app/data");
                } else if (!valid.contains(path)) {
                    valid.add(path);
                }
            }
            return valid;
        }

        private String checkOutputDirectory() {
            String dir = given(outputDirectory).orElse("target").replace('\\', '/');
            while (dir.endsWith("/") && dir.length() > 1) {
                dir = dir.substring(0, dir.length() - 1);
            }
            if (!OUTPUT_DIRECTORY.matcher(dir).matches()
                    || dir.startsWith("/")
                    || List.of(dir.split("/")).contains("..")) {
                problem(
                        "outputDirectory",
                        outputDirectory,
                        "must be a folder inside the project, such as target or src/main/docker");
                return "target";
            }
            return dir;
        }

        /** Paths in the build context, relative to its root: plain enough for a COPY line and an ignore file. */
        private List<String> contextPaths(String element, List<String> values, String example) {
            List<String> valid = new ArrayList<>();
            for (String raw : nonBlank(values)) {
                String path = raw.replace('\\', '/');
                if (!CONTEXT_PATH.matcher(path).matches()
                        || List.of(path.split("/")).contains("..")
                        || path.startsWith("./")) {
                    problem(
                            element,
                            raw,
                            "must be a path inside the build context, relative to its root (the reactor's root for a"
                                    + " module), in letters, digits, '.', '-' and '_', such as " + example);
                } else if (!valid.contains(path)) {
                    valid.add(path);
                }
            }
            return valid;
        }

        private List<String> checkCertificates() {
            List<String> valid = new ArrayList<>();
            for (String path : contextPaths("builderCertificates", builderCertificates, "certs/corp-ca.crt")) {
                if (path.endsWith(".crt")) {
                    valid.add(path);
                } else {
                    problem(
                            "builderCertificates",
                            path,
                            "must be a PEM certificate file ending .crt, as update-ca-certificates reads them, such"
                                    + " as certs/corp-ca.crt");
                }
            }
            return valid;
        }

        private DependencyCache checkDependencyCache() {
            Optional<String> raw = given(dependencyCache).map(String::trim);
            if (raw.isEmpty()) {
                return DependencyCache.MOUNT;
            }
            Optional<DependencyCache> cache = DependencyCache.byId(raw.get());
            if (cache.isEmpty()) {
                problem("dependencyCache", raw.get(), "must be one of: " + DependencyCache.ids());
            }
            return cache.orElse(DependencyCache.MOUNT);
        }

        private Optional<ImageMirror> checkImageMirror() {
            Optional<String> raw = given(imageMirror).map(String::trim);
            if (raw.isEmpty()) {
                return Optional.empty();
            }
            try {
                return Optional.of(ImageMirror.parse(raw.get()));
            } catch (IllegalArgumentException e) {
                problem("imageMirror", raw.get(), e.getMessage());
                return Optional.empty();
            }
        }

        private SortedMap<String, String> checkCommandLineOptions() {
            SortedMap<String, String> valid = new TreeMap<>();
            commandLineOptions.forEach((name, value) -> {
                if (checkText("-D" + name, name + "=" + value)) {
                    valid.put(name, value);
                }
            });
            return valid;
        }

        /** Free text must stay on one line of the Dockerfile; it is quoted for its place at render time. */
        private boolean checkText(String element, String value) {
            if (value.length() > Text.MAX_VALUE_LENGTH) {
                problem(
                        element,
                        value.substring(0, 40) + "...",
                        "is longer than " + Text.MAX_VALUE_LENGTH + " characters");
                return false;
            }
            if (Text.hasLineBreakOrControl(value)) {
                problem(element, value, "must not contain line breaks or control characters");
                return false;
            }
            return true;
        }

        private void problem(String element, String value, String fix) {
            problems.add("<" + element + "> " + Text.quoteForMessage(value) + ": " + fix);
        }

        private static Optional<String> given(String value) {
            return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
        }

        private static List<String> nonBlank(List<String> values) {
            List<String> result = new ArrayList<>();
            if (values != null) {
                for (String v : values) {
                    if (v != null && !v.isBlank()) {
                        result.add(v.trim());
                    }
                }
            }
            return result;
        }
    }
}
