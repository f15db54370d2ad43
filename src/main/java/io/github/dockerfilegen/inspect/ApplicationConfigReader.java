package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.ConfigFile;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads the application's configuration files, where Spring Boot, Quarkus and Micronaut look for
 * them on the classpath: {@code application*.properties|yml|yaml} at the root of each resource
 * folder and in its {@code config/} folder; and the YAML files in the project's own folder, where a
 * Dropwizard service keeps the file its command line names. Each file (each YAML document) becomes
 * flat dotted keys.
 */
final class ApplicationConfigReader {
    private static final Pattern CONFIG_FILE = Pattern.compile("application(-[A-Za-z0-9_.-]+)?\\.(properties|ya?ml)");
    /**
     * A YAML file by a name {@code <extraFiles>} can copy; hidden ones ({@code .gitlab-ci.yml}) configure
     * tools, not the application.
     */
    private static final Pattern ROOT_YAML = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._-]*\\.ya?ml");
    /** Maven resource filtering tokens ({@code @project.version@}) are not YAML; quote them to read the rest. */
    private static final Pattern FILTER_TOKEN = Pattern.compile("(:\\s+)(@[A-Za-z0-9_.-]+@)\\s*$", Pattern.MULTILINE);

    private static final long MAX_BYTES = 1 << 20;

    private ApplicationConfigReader() {}

    static List<ConfigFile> read(Path basedir, List<Path> resourceFolders) {
        List<ConfigFile> files = new ArrayList<>();
        for (Path folder : resourceFolders) {
            for (Path candidate : List.of(folder, folder.resolve("config"))) {
                for (Path file : filesNamed(candidate, CONFIG_FILE)) {
                    files.addAll(read(file, basedir.relativize(file).toString().replace('\\', '/')));
                }
            }
        }
        return files;
    }

    /** The {@code *.yml} and {@code *.yaml} files in the project's folder, by name; broken ones as problems. */
    static List<ConfigFile> rootYaml(Path basedir) {
        List<ConfigFile> files = new ArrayList<>();
        for (Path file : filesNamed(basedir, ROOT_YAML)) {
            files.addAll(read(file, file.getFileName().toString()));
        }
        return files;
    }

    private static List<Path> filesNamed(Path folder, Pattern name) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> list = Files.list(folder)) {
            return list.filter(f -> name.matcher(f.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /** The file's documents; a file that cannot be read or parsed gives one document with a problem. */
    static List<ConfigFile> read(Path file, String path) {
        try {
            if (Files.size(file) > MAX_BYTES) {
                return List.of(ConfigFile.unreadable(path, "it is larger than 1 MiB"));
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return path.endsWith(".properties") ? List.of(properties(path, text)) : yaml(path, text);
        } catch (IOException e) {
            return List.of(ConfigFile.unreadable(path, String.valueOf(e.getMessage())));
        } catch (YAMLException e) {
            return List.of(ConfigFile.unreadable(
                    path, e.getMessage().lines().findFirst().orElse("not YAML")));
        }
    }

    private static ConfigFile properties(String path, String text) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new StringReader(text)) {
            properties.load(reader);
        }
        Map<String, String> values = new LinkedHashMap<>();
        properties
                .stringPropertyNames()
                .forEach(name -> values.put(name, properties.getProperty(name).trim()));
        return new ConfigFile(path, 0, values);
    }

    private static List<ConfigFile> yaml(String path, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true);
        Yaml yaml = new Yaml(new SafeConstructor(options));
        List<ConfigFile> documents = new ArrayList<>();
        int index = 0;
        for (Object document : yaml.loadAll(FILTER_TOKEN.matcher(text).replaceAll("$1\"$2\""))) {
            Map<String, String> values = new LinkedHashMap<>();
            flatten("", document, values);
            documents.add(new ConfigFile(path, index++, values));
        }
        return documents;
    }

    private static void flatten(String prefix, Object value, Map<String, String> values) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((key, child) ->
                    flatten(prefix.isEmpty() ? String.valueOf(key) : prefix + "." + key, child, values));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                flatten(prefix + "[" + i + "]", list.get(i), values);
            }
        } else if (!prefix.isEmpty()) {
            values.put(prefix, value == null ? "" : String.valueOf(value));
        }
    }
}
