package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.LibertyConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads an Open Liberty configuration folder: the plugin's {@code <configDirectory>}, else
 * {@code src/main/liberty/config}, when it exists. Includes are not followed; a {@code server.xml}
 * that does not parse counts as none, and the image build's own {@code features.sh} reports it.
 */
final class LibertyConfigReader {
    static final List<String> PLUGINS =
            List.of("io.openliberty.tools:liberty-maven-plugin", "net.wasdev.wlp.maven.plugins:liberty-maven-plugin");

    private static final String DEFAULT_DIRECTORY = "src/main/liberty/config";
    private static final long MAX_BYTES = 1 << 20;

    private LibertyConfigReader() {}

    static Optional<LibertyConfig> read(ProjectPaths paths, List<BuildPlugin> plugins) {
        String directory = plugins.stream()
                .filter(p -> PLUGINS.contains(p.key()))
                .findFirst()
                .flatMap(p -> p.value(BuildPlugin.ANY_EXECUTION, "configDirectory"))
                .map(Detected::value)
                .map(paths::relativeIfInside)
                .orElse(DEFAULT_DIRECTORY);
        Path folder = paths.basedir().resolve(directory).normalize();
        if (!Files.isDirectory(folder) || !folder.startsWith(paths.basedir())) {
            return Optional.empty();
        }
        Optional<Document> server = parse(folder.resolve("server.xml"));
        List<String> features = new ArrayList<>();
        Map<String, String> variables = new TreeMap<>();
        Map<String, String> defaults = new TreeMap<>();
        Optional<Element> endpoint = Optional.empty();
        Optional<String> location = Optional.empty();
        if (server.isPresent()) {
            Element root = server.get().getDocumentElement();
            for (Element manager : elements(root, "featureManager")) {
                elements(manager, "feature")
                        .forEach(f -> features.add(f.getTextContent().trim()));
            }
            for (Element variable : elements(root, "variable")) {
                attribute(variable, "value").ifPresent(v -> variables.put(variable.getAttribute("name"), v));
                attribute(variable, "defaultValue").ifPresent(v -> defaults.put(variable.getAttribute("name"), v));
            }
            List<Element> endpoints = elements(root, "httpEndpoint");
            endpoint = endpoints.stream()
                    .filter(e -> e.getAttribute("id").equals("defaultHttpEndpoint"))
                    .findFirst()
                    .or(() -> endpoints.stream().findFirst());
            List<Element> applications = new ArrayList<>(elements(root, "webApplication"));
            applications.addAll(elements(root, "application"));
            location = applications.stream()
                    .map(a -> a.getAttribute("location").trim())
                    .filter(l -> !l.isEmpty())
                    .findFirst();
        }
        return Optional.of(new LibertyConfig(
                directory.replace('\\', '/'),
                server.isPresent(),
                features,
                endpoint.flatMap(e -> attribute(e, "httpPort")),
                endpoint.flatMap(e -> attribute(e, "httpsPort")),
                endpoint.flatMap(e -> attribute(e, "host")),
                variables,
                defaults,
                properties(folder.resolve("bootstrap.properties")),
                location));
    }

    /** The child elements of this name: server.xml's configuration is its root's children. */
    private static List<Element> elements(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element element && element.getTagName().equals(name)) {
                found.add(element);
            }
        }
        return found;
    }

    private static Optional<String> attribute(Element element, String name) {
        return element.hasAttribute(name)
                ? Optional.of(element.getAttribute(name).trim())
                : Optional.empty();
    }

    private static Optional<Document> parse(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > MAX_BYTES) {
                return Optional.empty();
            }
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            return Optional.of(factory.newDocumentBuilder().parse(in));
        } catch (SAXException | ParserConfigurationException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    private static Map<String, String> properties(Path file) {
        Map<String, String> values = new TreeMap<>();
        if (Files.isRegularFile(file)) {
            Properties properties = new Properties();
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + file, e);
            }
            properties
                    .stringPropertyNames()
                    .forEach(name ->
                            values.put(name, properties.getProperty(name).trim()));
        }
        return values;
    }
}
