package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.ExtraFile;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Text;
import io.github.dockerfilegen.plan.PortRule.Listening;
import io.github.dockerfilegen.plan.PortRule.PortSetting;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Dropwizard service starts as {@code server <config.yml>}: without arguments its main prints its
 * usage and exits 0, so an image without {@code <args>} would start, end, and serve nothing. Without
 * {@code <args>} generation is refused with the configuration to paste, made from the YAML files in the
 * project's folder: the file copied into the image and named to {@code server}, the ports it sets, and
 * the folders its file paths need writable. With {@code <args>} that run {@code server} on a file that
 * {@code <extraFiles>} copies from the project's folder, or on none (Dropwizard's defaults), the ports
 * are that file's.
 */
final class DropwizardRule {
    static final String CORE = "io.dropwizard:dropwizard-core";
    private static final String FRAMEWORK = "Dropwizard";
    private static final String SERVER = "server";

    /** The layouts that start the application's own main class: only there is Dropwizard's the entry point. */
    private static final Set<LayoutKind> MAIN_CLASS_LAYOUTS = EnumSet.of(LayoutKind.JAR, LayoutKind.UBER_JAR);

    /** The names the service's configuration goes by most often, in this order, before any other file. */
    private static final List<String> PREFERRED = List.of("config.yml", "config.yaml");
    /** Top-level keys of Dropwizard's configuration: a file with one configures the service, not a tool. */
    private static final List<String> DROPWIZARD_KEYS = List.of("server", "logging", "metrics");

    /** Settings that name files the service writes: a file appender's log and its archives. */
    private static final List<String> LOG_FILE_KEYS = List.of("currentLogFilename", "archivedLogFilenamePattern");
    /** A value that reads as a relative file: {@code ./data/x.db}, or folders and a file ({@code logs/app.log}). */
    private static final Pattern RELATIVE_FILE =
            Pattern.compile("\\.\\.?/.+|(?:[\\w.-]+/)+[\\w-][\\w.-]*\\.[A-Za-z][A-Za-z0-9]{0,7}");
    /** A JDBC URL of a database in files beside the working folder, such as H2's {@code jdbc:h2:./target/example}. */
    private static final Pattern JDBC_FILE = Pattern.compile("jdbc:[a-z0-9]+:(?:file:)?(\\.\\.?/.+)");
    /** A folder {@code <writableDirectories>} takes. */
    private static final Pattern PLAIN_FOLDER = Pattern.compile("(/[A-Za-z0-9._-]+)+");
    /** Writable by anyone in every base image. */
    private static final String TMP = "/tmp";

    private DropwizardRule() {}

    /**
     * The ports of a Dropwizard service as {@code <args>} starts it: empty when the project is no
     * Dropwizard service in a jar layout, {@code <args>} runs another command, or it names a file that
     * no {@code <extraFiles>} entry copies from the project's folder.
     *
     * @throws ConfigurationException when {@code <args>} is not set; the message is the configuration to paste
     */
    static Optional<Listening> listening(ProjectFacts facts, GeneratorConfig config, LayoutKind kind, PlanLog log)
            throws ConfigurationException {
        if (!MAIN_CLASS_LAYOUTS.contains(kind) || facts.dependency(CORE).isEmpty()) {
            return Optional.empty();
        }
        if (config.args().isEmpty()) {
            throw new ConfigurationException(refusal(facts, config));
        }
        if (!config.args().get(0).equals(SERVER)) {
            return Optional.empty(); // another command, such as check or db migrate
        }
        if (config.args().size() == 1) {
            return Optional.of(Connectors.of(Optional.empty(), config).all());
        }
        String named = inImage(config.args().get(1));
        Optional<ConfigFile> file = config.extraFiles().stream()
                .filter(extra -> target(extra).equals(named))
                .flatMap(extra -> candidates(facts).stream()
                        .filter(f -> Folders.inContext(facts, f.path()).equals(extra.from())))
                .findFirst();
        if (file.isEmpty()) {
            return Optional.empty();
        }
        Connectors connectors = Connectors.of(file, config);
        connectors.values().warnUnreadable(log);
        warnReadOnly(file.get(), config, log);
        return Optional.of(connectors.all());
    }

    /**
     * A service's connectors, as Dropwizard's server factories default them: the default server's
     * application connectors (8080 when none is listed) and admin connectors (8081), or the simple
     * server's one connector for both; a listed connector without a port gets its type's default (8080,
     * 8443 for TLS).
     */
    private record Connectors(AppConfig values, List<PortSetting> application, List<PortSetting> admin) {
        static Connectors of(Optional<ConfigFile> file, GeneratorConfig config) {
            Map<String, String> values = file.map(ConfigFile::values).orElse(Map.of());
            AppConfig settings = AppConfig.dropwizard(file, config);
            if ("simple".equals(values.get("server.type"))) {
                return new Connectors(settings, List.of(connector(values, "server.connector")), List.of());
            }
            return new Connectors(
                    settings,
                    listed(values, "server.applicationConnectors", 8080),
                    listed(values, "server.adminConnectors", 8081));
        }

        private static List<PortSetting> listed(Map<String, String> values, String key, int whenNone) {
            List<PortSetting> settings = new ArrayList<>();
            for (int i = 0; has(values, key + "[" + i + "]"); i++) {
                settings.add(connector(values, key + "[" + i + "]"));
            }
            return settings.isEmpty() ? List.of(PortSetting.withDefault(key + "[0].port", whenNone)) : settings;
        }

        private static PortSetting connector(Map<String, String> values, String key) {
            String type = values.getOrDefault(key + ".type", "http");
            return PortSetting.withDefault(key + ".port", type.equals("https") || type.equals("h2") ? 8443 : 8080);
        }

        private static boolean has(Map<String, String> values, String prefix) {
            return values.keySet().stream().anyMatch(k -> k.startsWith(prefix + "."));
        }

        Listening.Settings all() {
            List<PortSetting> both = new ArrayList<>(application);
            both.addAll(admin);
            return new Listening.Settings(FRAMEWORK, values, both);
        }

        /** {@code <ports>} naming them all. */
        String portsXml() {
            return "<ports>"
                    + PortRule.fromSettings(all(), new PlanLog()).stream()
                            .map(port -> "<port>" + port + "</port>")
                            .collect(Collectors.joining())
                    + "</ports>";
        }

        /** What the message says: the application's ports and the admin's, apart. */
        String said() {
            if (admin.isEmpty()) {
                return ports("the application and its admin pages (server.type simple)", application);
            }
            return ports("the application", application) + " and " + ports("the admin pages", admin);
        }

        private String ports(String what, List<PortSetting> settings) {
            List<Port> ports =
                    PortRule.fromSettings(new Listening.Settings(FRAMEWORK, values, settings), new PlanLog());
            return ports.isEmpty()
                    ? "no fixed port for " + what
                    : ports.stream().map(Port::toString).collect(Collectors.joining(", ")) + " for " + what;
        }
    }

    /** The first document of each YAML file in the project's folder, the likeliest configuration first. */
    static List<ConfigFile> candidates(ProjectFacts facts) {
        return facts.rootYaml().stream()
                .filter(file -> file.document() == 0)
                .sorted(Comparator.comparingInt(DropwizardRule::rank).thenComparing(ConfigFile::path))
                .toList();
    }

    /** config.yml, config.yaml, files with Dropwizard's keys, other YAML, then files that are not YAML. */
    private static int rank(ConfigFile file) {
        if (file.problem().isPresent()) {
            return PREFERRED.size() + 2;
        }
        if (PREFERRED.contains(file.path())) {
            return PREFERRED.indexOf(file.path());
        }
        boolean dropwizard = file.values().keySet().stream()
                .anyMatch(key -> DROPWIZARD_KEYS.stream()
                        .anyMatch(top -> key.startsWith(top + ".") || key.startsWith(top + "[") || key.equals(top)));
        return dropwizard ? PREFERRED.size() : PREFERRED.size() + 1;
    }

    /**
     * A file the configuration names that the service may write, and where it lands.
     *
     * @param key the setting that names it
     * @param value the path as written
     * @param folder the absolute folder it lands in, the working folder resolving a relative one
     */
    record WrittenFile(String key, String value, String folder) {
        /** Straight into the working folder or the root, which stay read-only and cannot be given away. */
        boolean intoReadOnlyFolder() {
            return folder.equals(Folders.APP_DIR) || folder.equals("/");
        }
    }

    /** The files a configuration names that the service may write: its logs, and values that read as files. */
    static List<WrittenFile> writtenFiles(ConfigFile file) {
        List<WrittenFile> found = new ArrayList<>();
        file.values()
                .forEach((key, value) -> path(key, value.trim()).ifPresent(path -> {
                    String absolute = normalize(path.startsWith("/") ? path : Folders.APP_DIR + "/" + path);
                    String folder = absolute.substring(0, Math.max(1, absolute.lastIndexOf('/')));
                    if (!folder.equals(TMP)
                            && (folder.equals("/")
                                    || PLAIN_FOLDER.matcher(folder).matches())) {
                        found.add(new WrittenFile(key, value.trim(), folder));
                    }
                }));
        return found;
    }

    private static Optional<String> path(String key, String value) {
        if (LOG_FILE_KEYS.contains(key.substring(key.lastIndexOf('.') + 1))) {
            return value.isEmpty() || value.contains("${") ? Optional.empty() : Optional.of(value);
        }
        if (RELATIVE_FILE.matcher(value).matches()) {
            return Optional.of(value);
        }
        Matcher jdbc = JDBC_FILE.matcher(value);
        return jdbc.matches() ? Optional.of(jdbc.group(1)) : Optional.empty();
    }

    /** The folders the service writes to that {@code <writableDirectories>} does not make writable yet. */
    private static Set<String> missingFolders(List<WrittenFile> files, GeneratorConfig config) {
        Set<String> folders = new LinkedHashSet<>();
        files.stream()
                .filter(f -> !f.intoReadOnlyFolder())
                .map(WrittenFile::folder)
                .filter(folder -> config.writableDirectories().stream()
                        .noneMatch(dir -> folder.equals(dir) || folder.startsWith(dir + "/")))
                .forEach(folders::add);
        return folders;
    }

    /** The files written where the application cannot write: into a read-only folder, or a missing one. */
    private static List<WrittenFile> unwritable(List<WrittenFile> written, Set<String> missing) {
        return written.stream()
                .filter(f -> f.intoReadOnlyFolder() || missing.contains(f.folder()))
                .toList();
    }

    /** With {@code <args>} set: the files the configuration writes whose folders the application cannot write. */
    private static void warnReadOnly(ConfigFile file, GeneratorConfig config, PlanLog log) {
        List<WrittenFile> written = writtenFiles(file);
        Set<String> missing = missingFolders(written, config);
        List<WrittenFile> unwritable = unwritable(written, missing);
        if (!unwritable.isEmpty()) {
            log.warn(file.path() + " names files the application writes where it cannot: " + named(unwritable) + ". "
                    + writableAdvice(written, missing, writable(config, missing)));
        }
    }

    private static String refusal(ProjectFacts facts, GeneratorConfig config) {
        StringBuilder message = new StringBuilder(facts.artifactId() + " is a Dropwizard service (" + CORE
                + " is on the runtime classpath) and <args> is not set: started without arguments, Dropwizard"
                + " prints its usage and exits, so the image would start and serve nothing.");
        List<ConfigFile> candidates = candidates(facts);
        if (candidates.isEmpty()) {
            message.append(" No YAML file is in the project's folder: in the plugin's <configuration>,\n  ")
                    .append(args(List.of()))
                    .append("\nruns it on Dropwizard's defaults, ")
                    .append(Connectors.of(Optional.empty(), config).said())
                    .append(", which the image then exposes. Or name a configuration file in the project's"
                            + " folder, such as config.yml, and copy it into the image:\n  ")
                    .append(args(List.of(Folders.APP_DIR + "/config.yml")))
                    .append("\n  ")
                    .append(extraFiles(facts, config, "config.yml"));
            return message.toString();
        }
        ConfigFile chosen = candidates.get(0);
        List<WrittenFile> written = writtenFiles(chosen);
        Set<String> folders = missingFolders(written, config);
        message.append(" Start its server command on ")
                .append(chosen.path())
                .append(", copied into the image; in the plugin's <configuration>:\n  ")
                .append(args(List.of(Folders.APP_DIR + "/" + chosen.path())))
                .append("\n  ")
                .append(extraFiles(facts, config, chosen.path()));
        if (!folders.isEmpty()) {
            message.append("\n  ").append(writable(config, folders));
        }
        message.append('\n');
        Connectors connectors = Connectors.of(Optional.of(chosen), config);
        message.append(chosen.problem()
                .map(problem -> chosen.path() + " cannot be read as YAML (" + problem + "), so its ports are"
                        + " unknown; Dropwizard's defaults are "
                        + Connectors.of(Optional.empty(), config).said()
                        + ". Set <ports> to the ones it sets.")
                .orElse("Dropwizard then listens on " + connectors.said() + ", as " + chosen.path() + " says"
                        + (config.ports().isEmpty()
                                ? "; with these <args> the image exposes them, read from the file (<ports> would"
                                        + " replace them: " + connectors.portsXml() + ")."
                                : "; the image exposes what <ports> sets, " + config.ports() + ".")));
        List<WrittenFile> unwritable = unwritable(written, folders);
        if (!unwritable.isEmpty()) {
            message.append('\n')
                    .append(chosen.path())
                    .append(" names files the application writes: ")
                    .append(named(unwritable))
                    .append(". ")
                    .append(writableAdvice(written, folders, "the <writableDirectories> line above"));
        }
        if (candidates.size() > 1) {
            message.append("\nOther YAML files in the project's folder, to name instead if one of them is the"
                            + " configuration: ")
                    .append(candidates.subList(1, candidates.size()).stream()
                            .map(ConfigFile::path)
                            .collect(Collectors.joining(", ")))
                    .append('.');
        }
        return message.toString();
    }

    /** {@code 'logs/app.log' (logging.appenders[0].currentLogFilename) in /app/logs}, for each file. */
    private static String named(List<WrittenFile> files) {
        return files.stream()
                .map(f -> Text.quoteForMessage(f.value()) + " (" + f.key() + ") in " + f.folder())
                .collect(Collectors.joining(", "));
    }

    /**
     * How to make the folders writable, and what to do about a file written straight into a read-only one.
     *
     * @param how what makes them writable: the XML, or where the message shows it
     */
    private static String writableAdvice(List<WrittenFile> written, Set<String> folders, String how) {
        List<String> advice = new ArrayList<>();
        if (!folders.isEmpty()) {
            advice.add("The image's folders are read-only to the application, its working folder " + Folders.APP_DIR
                    + " too: " + how + " makes " + String.join(", ", folders) + " writable by it.");
        }
        if (written.stream().anyMatch(WrittenFile::intoReadOnlyFolder)) {
            advice.add("A file written straight into " + Folders.APP_DIR + " or / cannot be, as those folders stay"
                    + " read-only: name a folder for it, such as logs/app.log, and make that folder writable.");
        }
        return String.join(" ", advice);
    }

    /** {@code <writableDirectories>} with the configuration's folders and these. */
    private static String writable(GeneratorConfig config, Set<String> folders) {
        Set<String> all = new LinkedHashSet<>(config.writableDirectories());
        all.addAll(folders);
        return "<writableDirectories>"
                + all.stream()
                        .map(folder -> "<writableDirectory>" + folder + "</writableDirectory>")
                        .collect(Collectors.joining())
                + "</writableDirectories>";
    }

    /** {@code <args><arg>server</arg>...</args>}. */
    private static String args(List<String> files) {
        StringBuilder xml = new StringBuilder("<args><arg>" + SERVER + "</arg>");
        files.forEach(file -> xml.append("<arg>").append(file).append("</arg>"));
        return xml.append("</args>").toString();
    }

    /** The configuration's {@code <extraFiles>}, and this file of the project's folder copied into /app. */
    private static String extraFiles(ProjectFacts facts, GeneratorConfig config, String file) {
        List<ExtraFile> all = new ArrayList<>(config.extraFiles());
        all.add(new ExtraFile(Folders.inContext(facts, file), Folders.APP_DIR + "/" + file, Optional.empty()));
        return "<extraFiles>"
                + all.stream()
                        .map(extra -> "<extraFile><from>" + extra.from() + "</from><into>" + extra.into() + "</into>"
                                + extra.mode()
                                        .map(mode -> "<mode>" + mode + "</mode>")
                                        .orElse("")
                                + "</extraFile>")
                        .collect(Collectors.joining())
                + "</extraFiles>";
    }

    /** Where {@code <extraFiles>} puts a file: {@code <into>}, or the file's name in it when it ends with '/'. */
    private static String target(ExtraFile extra) {
        return extra.into().endsWith("/")
                ? extra.into() + extra.from().substring(extra.from().lastIndexOf('/') + 1)
                : extra.into();
    }

    /** A command-line path as the service resolves it in the image: from the working folder, normalized. */
    private static String inImage(String path) {
        return normalize(path.startsWith("/") ? path : Folders.APP_DIR + "/" + path);
    }

    /** An absolute path without {@code .}, {@code ..} or doubled slashes; {@code ..} stops at the root. */
    private static String normalize(String path) {
        Deque<String> parts = new ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.equals("..")) {
                parts.pollLast();
            } else if (!part.isEmpty() && !part.equals(".")) {
                parts.addLast(part);
            }
        }
        return "/" + String.join("/", parts);
    }
}
