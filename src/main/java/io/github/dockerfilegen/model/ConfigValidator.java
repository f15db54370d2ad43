package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns raw configuration values, as the Mojo received them ({@code null} or blank means "not set"),
 * into a {@link GeneratorConfig}: checks them all, and reports every problem at once, each naming its
 * POM element and the fix. Get one from {@link GeneratorConfig#builder()}.
 */
public final class ConfigValidator {
    // hadolint DL3048: lower-case letters, digits, '.', '-'; Docker's own namespaces are reserved.
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z0-9]([a-z0-9._-]*[a-z0-9])?");
    private static final Pattern RESERVED_LABEL =
            Pattern.compile("(com\\.docker|io\\.docker|org\\.dockerproject)\\..*");
    private static final Pattern ENV_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern OUTPUT_DIRECTORY = Pattern.compile("[A-Za-z0-9._/-]+");
    /** What a COPY line and a .dockerignore hold as it is. */
    private static final Pattern IMAGE_PATH = Pattern.compile("/[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");

    private static final Pattern MODULE_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*");
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
    private Boolean declaresApplication;
    private boolean testStage;
    private boolean jlink;
    private List<String> jlinkModules;
    private boolean startupCache;
    private List<String> startupCacheTraining;

    private final List<String> problems = new ArrayList<>();

    ConfigValidator() {}

    public ConfigValidator layout(String value) {
        this.layout = value;
        return this;
    }

    public ConfigValidator javaVersion(String value) {
        this.javaVersion = value;
        return this;
    }

    public ConfigValidator mainClass(String value) {
        this.mainClass = value;
        return this;
    }

    public ConfigValidator runtime(String value) {
        this.runtime = value;
        return this;
    }

    public ConfigValidator builderImage(String value) {
        this.builderImage = value;
        return this;
    }

    public ConfigValidator servletContainer(String value) {
        this.servletContainer = value;
        return this;
    }

    public ConfigValidator runtimeImage(String value) {
        this.runtimeImage = value;
        return this;
    }

    public ConfigValidator builderArgs(List<String> value) {
        this.builderArgs = value;
        return this;
    }

    public ConfigValidator jvmOptions(List<String> value) {
        this.jvmOptions = value;
        return this;
    }

    public ConfigValidator ports(List<String> value) {
        this.ports = value;
        return this;
    }

    public ConfigValidator args(List<String> value) {
        this.args = value;
        return this;
    }

    /** One {@code <extraFile>}: its {@code <from>}, {@code <into>} and {@code <mode>} as given (null when unset). */
    public ConfigValidator extraFile(String from, String into, String mode) {
        this.extraFiles.add(Arrays.asList(from, into, mode));
        return this;
    }

    public ConfigValidator labels(Map<String, String> value) {
        this.labels = value;
        return this;
    }

    public ConfigValidator env(Map<String, String> value) {
        this.env = value;
        return this;
    }

    public ConfigValidator user(String value) {
        this.user = value;
        return this;
    }

    /** Where the Dockerfile goes, relative to the project directory ('/' or the platform's separator). */
    public ConfigValidator outputDirectory(String value) {
        this.outputDirectory = value;
        return this;
    }

    public ConfigValidator buildInputs(List<String> value) {
        this.buildInputs = value;
        return this;
    }

    public ConfigValidator builderCertificates(List<String> value) {
        this.builderCertificates = value;
        return this;
    }

    public ConfigValidator settingsSecret(boolean value) {
        this.settingsSecret = value;
        return this;
    }

    public ConfigValidator dependencyCache(String value) {
        this.dependencyCache = value;
        return this;
    }

    public ConfigValidator imageMirror(String value) {
        this.imageMirror = value;
        return this;
    }

    public ConfigValidator builderOnBuildPlatform(boolean value) {
        this.builderOnBuildPlatform = value;
        return this;
    }

    public ConfigValidator openshift(boolean value) {
        this.openshift = value;
        return this;
    }

    public ConfigValidator writableDirectories(List<String> value) {
        this.writableDirectories = value;
        return this;
    }

    /** The {@code dockerfile-gen.*} user properties ({@code -D}) of this run. */
    public ConfigValidator commandLineOptions(Map<String, String> value) {
        this.commandLineOptions = value;
        return this;
    }

    public ConfigValidator jlink(boolean value) {
        this.jlink = value;
        return this;
    }

    public ConfigValidator jlinkModules(List<String> value) {
        this.jlinkModules = value;
        return this;
    }

    public ConfigValidator startupCache(boolean value) {
        this.startupCache = value;
        return this;
    }

    public ConfigValidator startupCacheTraining(List<String> value) {
        this.startupCacheTraining = value;
        return this;
    }

    public ConfigValidator testStage(boolean value) {
        this.testStage = value;
        return this;
    }

    /**
     * Whether this module's own configuration, rather than a {@code -D} option, names the main class
     * or the layout; when not said, whether either is set.
     */
    public ConfigValidator declaresApplication(boolean value) {
        this.declaresApplication = value;
        return this;
    }

    public GeneratorConfig build() throws ConfigurationException {
        problems.clear();
        // In element order, so the problems are reported in that order too.
        Optional<LayoutKind> checkedLayout = checkLayout();
        Optional<Integer> checkedJavaVersion = checkJavaVersion();
        Optional<String> checkedMainClass = checkMainClass();
        GeneratorConfig config = new GeneratorConfig(
                checkedLayout,
                checkedJavaVersion,
                checkedMainClass,
                checkRuntime(),
                checkServletContainer(),
                checkImage("builderImage", builderImage),
                checkImage("runtimeImage", runtimeImage),
                checkTotal("builderArgs", checkBuilderArgs()),
                checkTotal("jvmOptions", checkJvmOptions()),
                checkPorts(),
                checkTotal("args", checkTexts("args", args)),
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
                checkCommandLineOptions(),
                testStage,
                jlink,
                checkJlinkModules(),
                startupCache,
                checkTotal("startupCacheTraining", checkTexts("startupCacheTraining", startupCacheTraining)),
                declaresApplication != null
                        ? declaresApplication
                        : checkedLayout.isPresent() || checkedMainClass.isPresent());
        if (!problems.isEmpty()) {
            throw new ConfigurationException(
                    "Invalid dockerfile-gen configuration:\n  - " + String.join("\n  - ", problems));
        }
        return config;
    }

    private Optional<LayoutKind> checkLayout() {
        Optional<String> raw = given(layout).map(String::trim);
        if (raw.isEmpty() || raw.get().equals(GeneratorConfig.AUTO_LAYOUT)) {
            return Optional.empty();
        }
        Optional<LayoutKind> kind = Choice.byId(LayoutKind.class, raw.get());
        if (kind.isEmpty()) {
            problem(
                    "layout",
                    raw.get(),
                    "must be " + GeneratorConfig.AUTO_LAYOUT + " or one of: " + Choice.ids(LayoutKind.class));
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
        Optional<RuntimeFlavor> flavor =
                Choice.byId(RuntimeFlavor.class, raw.get().trim());
        if (flavor.isEmpty()) {
            problem("runtime", raw.get(), "must be one of: " + Choice.ids(RuntimeFlavor.class));
        }
        return flavor;
    }

    private Optional<ServletContainer> checkServletContainer() {
        Optional<String> raw = given(servletContainer);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        Optional<ServletContainer> container = ServletContainer.parse(raw.get());
        if (container.isEmpty()) {
            problem("servletContainer", raw.get(), "must be one of: " + ServletContainer.accepted());
        }
        return container;
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
            return GeneratorConfig.DEFAULT_BUILDER_ARGS;
        }
        return checkTexts("builderArgs", builderArgs);
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

    /** Free text, each value one word of an exec-form array or one shell word: the blank left out. */
    private List<String> checkTexts(String element, List<String> values) {
        List<String> valid = new ArrayList<>();
        for (String value : nonBlank(values)) {
            if (checkText(element, value)) {
                valid.add(value);
            }
        }
        return valid;
    }

    private List<ExtraFile> checkExtraFiles() {
        List<ExtraFile> valid = new ArrayList<>();
        for (List<String> raw : extraFiles) {
            List<String> from = contextPaths("extraFiles/from", Collections.singletonList(raw.get(0)), "config.yml");
            String into = given(raw.get(1)).map(String::trim).orElse("");
            Optional<String> mode = given(raw.get(2)).map(String::trim);
            boolean ok = !from.isEmpty();
            if (from.isEmpty() && given(raw.get(0)).isEmpty()) {
                problem("extraFiles/from", "", "is required: the file or folder to copy, such as config.yml");
            }
            if (!IMAGE_PATH.matcher(into).matches() || List.of(into.split("/")).contains("..")) {
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

    /** Java module names, as {@code jlink --add-modules} takes them: dotted identifiers, such as jdk.localedata. */
    private List<String> checkJlinkModules() {
        List<String> valid = new ArrayList<>();
        for (String module : nonBlank(jlinkModules)) {
            if (!MODULE_NAME.matcher(module).matches()) {
                problem("jlinkModules", module, "must be a Java module name such as jdk.localedata or java.sql");
            } else if (!valid.contains(module)) {
                valid.add(module);
            }
        }
        return valid;
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
        Optional<DependencyCache> cache = Choice.byId(DependencyCache.class, raw.get());
        if (cache.isEmpty()) {
            problem("dependencyCache", raw.get(), "must be one of: " + Choice.ids(DependencyCache.class));
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
            problem(element, value.substring(0, 40) + "...", "is longer than " + Text.MAX_VALUE_LENGTH + " characters");
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
