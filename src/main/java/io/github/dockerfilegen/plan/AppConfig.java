package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A framework's settings as the packaged application will see them in the container: the one loader
 * of application configuration, with each framework's own precedence policy ({@link #springBoot},
 * {@link #quarkus}, {@link #micronaut}, {@link #dropwizard}). A value comes from the first source that
 * sets it; among the configuration files the later one wins.
 */
final class AppConfig {
    /** Quarkus's prod profile: what a packaged application runs with. */
    private static final String PROD = "%prod.";
    /** Dropwizard's substitutor (when the application installs it): {@code ${VAR}} or {@code ${VAR:-default}}. */
    private static final Pattern DROPWIZARD_VARIABLE = Pattern.compile("\\$\\{([^:}]+)(?::-([^}]*))?}");

    /** One place a value may come from: a key in, the value with where it was found out. */
    private interface Source extends Function<String, Optional<Detected>> {}

    private final List<ConfigFile> files;
    private final GeneratorConfig config;
    private final Function<String, String> environmentVariable;
    private final List<Source> sources;

    private AppConfig(
            List<ConfigFile> files,
            GeneratorConfig config,
            Function<String, String> environmentVariable,
            Function<AppConfig, List<Source>> sources) {
        this.files = List.copyOf(files);
        this.config = config;
        this.environmentVariable = environmentVariable;
        this.sources = sources.apply(this);
    }

    /**
     * Spring Boot: the environment ({@code <env>}, relaxed binding: {@code SERVER_PORT}), then the
     * classpath's {@code application.properties|yml|yaml} and {@code config/} ones, properties over
     * YAML, {@code config/} over the root, and the active profiles' files and documents
     * ({@code spring.config.activate.on-profile}) over the rest.
     */
    static AppConfig springBoot(ProjectFacts facts, GeneratorConfig config) {
        List<ConfigFile> plain = new ArrayList<>();
        for (boolean inConfigFolder : List.of(false, true)) {
            for (String extension : List.of("yml", "yaml", "properties")) {
                facts.applicationConfig().stream()
                        .filter(f -> f.fileName().equals("application." + extension))
                        .filter(f -> f.path().endsWith("/config/" + f.fileName()) == inConfigFolder)
                        .forEach(plain::add);
            }
        }
        List<String> profiles = springProfiles(new AppConfig(
                plain, config, AppConfig::springVariable, self -> List.of(self::environment, self::fromFiles)));
        List<ConfigFile> ascending = new ArrayList<>();
        for (ConfigFile file : plain) {
            Optional<String> onProfile = Optional.ofNullable(file.values().get("spring.config.activate.on-profile"))
                    .or(() -> Optional.ofNullable(file.values().get("spring.profiles")));
            if (onProfile.isEmpty()
                    || Arrays.stream(onProfile.get().split(","))
                            .map(String::trim)
                            .anyMatch(profiles::contains)) {
                ascending.add(file);
            }
        }
        for (String profile : profiles) {
            for (boolean inConfigFolder : List.of(false, true)) {
                for (String extension : List.of("yml", "yaml", "properties")) {
                    String name = "application-" + profile + "." + extension;
                    facts.applicationConfig().stream()
                            .filter(f -> f.fileName().equals(name))
                            .filter(f -> f.path().endsWith("/config/" + name) == inConfigFolder)
                            .forEach(ascending::add);
                }
            }
        }
        return new AppConfig(
                ascending, config, AppConfig::springVariable, self -> List.of(self::environment, self::fromFiles));
    }

    /**
     * Quarkus: a {@code -D} option or the environment ({@code _PROD_} form first), then
     * quarkus-maven-plugin's {@code <properties>}, the POM's properties, then the application's
     * {@code application.yml|yaml|properties} and {@code application-prod.properties}; everywhere the
     * prod profile's {@code %prod.} form wins over the plain one.
     */
    static AppConfig quarkus(ProjectFacts facts, GeneratorConfig config, BuildPlugin plugin) {
        List<ConfigFile> ascending = new ArrayList<>();
        for (String name : List.of(
                "application.yml", "application.yaml", "application.properties", "application-prod.properties")) {
            facts.applicationConfig().stream()
                    .filter(f -> f.fileName().equals(name))
                    .forEach(ascending::add);
        }
        return new AppConfig(
                ascending,
                config,
                AppConfig::quarkusVariable,
                self -> List.of(
                        key -> Optional.ofNullable(
                                        facts.properties().commandLine().get(key))
                                .map(v -> new Detected(v.trim(), "-D" + key)),
                        key -> self.environmentNamed("_PROD_" + quarkusVariable(key)),
                        self::environment,
                        key -> plugin.value(BuildPlugin.ANY_EXECUTION, "properties", key),
                        key -> facts.properties().get(key),
                        key -> self.fromFiles(PROD + key).or(() -> self.fromFiles(key))));
    }

    /**
     * Micronaut: the environment ({@code MICRONAUT_SERVER_PORT}), then {@code application.yml|yaml}
     * (only with snakeyaml on the runtime classpath: Micronaut 4 reads YAML only then) and
     * {@code application.properties}.
     */
    static AppConfig micronaut(ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        boolean yaml = facts.dependency("org.yaml:snakeyaml").isPresent();
        List<ConfigFile> ascending = new ArrayList<>();
        for (String name : List.of("application.yml", "application.yaml", "application.properties")) {
            facts.applicationConfig().stream()
                    .filter(f -> f.fileName().equals(name))
                    .filter(f -> yaml || f.fileName().endsWith(".properties"))
                    .forEach(ascending::add);
        }
        if (!yaml
                && facts.applicationConfig().stream().anyMatch(f -> f.fileName().matches("application\\.ya?ml"))) {
            log.decide("application.yml is not read: snakeyaml is not on the runtime classpath");
        }
        return new AppConfig(
                ascending, config, AppConfig::micronautVariable, self -> List.of(self::environment, self::fromFiles));
    }

    /**
     * Dropwizard: the one YAML file its {@code server} command names, or none (its defaults). A value
     * that is a whole {@code ${VAR:-default}} is read as its environment variable substitutor reads it:
     * the image's {@code <env>} value of the variable, else the default.
     */
    static AppConfig dropwizard(Optional<ConfigFile> file, GeneratorConfig config) {
        return new AppConfig(
                file.stream().toList(),
                config,
                key -> key, // no setting has a variable of its own: only a ${VAR} value reads the environment
                self -> List.of(key -> self.fromFiles(key).map(self::substituted)));
    }

    /** The value of the setting, with where it came from. */
    Optional<Detected> get(String key) {
        for (Source source : sources) {
            Optional<Detected> value = source.apply(key);
            if (value.isPresent()) {
                return value;
            }
        }
        return Optional.empty();
    }

    /**
     * A list setting: comma-separated, or a YAML list ({@code key[0]}, {@code key[1]}, ...); from the
     * environment, else the last file that sets it.
     */
    List<String> list(String key) {
        Optional<Detected> fromEnv = environment(key);
        if (fromEnv.isPresent()) {
            return split(fromEnv.get().value());
        }
        for (int i = files.size() - 1; i >= 0; i--) {
            Map<String, String> values = files.get(i).values();
            if (values.containsKey(key)) {
                return split(values.get(key));
            }
            List<String> items = new ArrayList<>();
            for (int n = 0; values.containsKey(key + "[" + n + "]"); n++) {
                items.addAll(split(values.get(key + "[" + n + "]")));
            }
            if (!items.isEmpty()) {
                return items;
            }
        }
        return List.of();
    }

    /** Files that exist but could not be read: the settings in them are unknown. */
    void warnUnreadable(PlanLog log) {
        for (ConfigFile file : files) {
            file.problem()
                    .ifPresent(problem -> log.warn("Cannot read " + file.path() + " (" + problem
                            + "); settings in it, such as the port, are not detected. Set <ports> if the"
                            + " defaults are wrong."));
        }
    }

    /** The image's {@code <env>} value of the framework's variable for the key. */
    private Optional<Detected> environment(String key) {
        return environmentNamed(environmentVariable.apply(key));
    }

    private Optional<Detected> environmentNamed(String variable) {
        String value = config.env().get(variable);
        return value == null || value.isBlank()
                ? Optional.empty()
                : Optional.of(new Detected(value.trim(), "<env><" + variable + ">"));
    }

    /** A Dropwizard {@code ${VAR:-default}}: the variable's {@code <env>} value, else the default, else as written. */
    private Detected substituted(Detected value) {
        Matcher variable = DROPWIZARD_VARIABLE.matcher(value.value());
        if (!variable.matches()) {
            return value;
        }
        return environmentNamed(variable.group(1))
                .or(() -> Optional.ofNullable(variable.group(2))
                        .map(fallback -> new Detected(fallback.trim(), value.source())))
                .orElse(value);
    }

    /** The key in the last configuration file that sets it. */
    private Optional<Detected> fromFiles(String key) {
        for (int i = files.size() - 1; i >= 0; i--) {
            ConfigFile file = files.get(i);
            String value = file.values().get(key);
            if (value != null && !value.isBlank()) {
                return Optional.of(new Detected(value.trim(), file.describe(key)));
            }
        }
        return Optional.empty();
    }

    /**
     * The profiles in the order Spring Boot applies them (the later wins): {@code spring.profiles.include},
     * then {@code spring.profiles.active} (else {@code spring.profiles.default}, else {@code default}),
     * each followed by the members of its {@code spring.profiles.group}.
     */
    private static List<String> springProfiles(AppConfig plain) {
        List<String> declared = new ArrayList<>(plain.list("spring.profiles.include"));
        List<String> active = plain.list("spring.profiles.active");
        if (active.isEmpty() && declared.isEmpty()) {
            active = plain.list("spring.profiles.default");
        }
        declared.addAll(active.isEmpty() && declared.isEmpty() ? List.of("default") : active);
        List<String> profiles = new ArrayList<>();
        declared.forEach(profile -> withGroup(profile, plain, profiles));
        return profiles;
    }

    private static void withGroup(String profile, AppConfig plain, List<String> profiles) {
        if (profiles.contains(profile)) {
            return; // once each, which also ends a group that names itself
        }
        profiles.add(profile);
        plain.list("spring.profiles.group." + profile).forEach(member -> withGroup(member, plain, profiles));
    }

    /** Spring's relaxed binding: dots become underscores, dashes go, upper case ({@code SERVER_PORT}). */
    private static String springVariable(String key) {
        return key.replace(".", "_").replace("-", "").toUpperCase(Locale.ROOT);
    }

    /** Quarkus: every character that is not a letter or digit becomes an underscore, upper case. */
    private static String quarkusVariable(String key) {
        return key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }

    /** Micronaut: dots and dashes become underscores, upper case ({@code MICRONAUT_SERVER_PORT}). */
    private static String micronautVariable(String key) {
        return key.replace(".", "_").replace("-", "_").toUpperCase(Locale.ROOT);
    }

    private static List<String> split(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(v -> !v.isEmpty())
                .toList();
    }
}
