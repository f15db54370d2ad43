package io.github.dockerfilegen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The README and the plugin descriptor cannot disagree: the detection table says what
 * {@code mvn dockerfile-gen:help -Ddetail} says (the parameters' Javadoc, as the descriptor holds it),
 * and the parameter table lists exactly the goal's parameters with their user properties.
 */
class ReadmeTest {
    private static final Path DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    @Test
    void theDetectionTableSaysWhatTheHelpGoalSays() throws Exception {
        String readme = words(Files.readString(Path.of("README.md")).replace("`", ""));
        String descriptor = Files.readString(DESCRIPTOR);
        for (String parameter : List.of("layout", "javaVersion", "mainClass", "ports", "servletContainer")) {
            Matcher m = Pattern.compile(
                            "<name>" + parameter + "</name>.*?<description>(.*?)</description>", Pattern.DOTALL)
                    .matcher(descriptor);
            assertTrue(m.find(), parameter + " is not in " + DESCRIPTOR);
            String help = words(unescape(m.group(1)));
            assertFalse(help.isBlank(), parameter);
            assertTrue(readme.contains(help), "README.md lacks the help text of " + parameter + ":\n" + help);
        }
    }

    @Test
    void theParameterTableListsEveryParameterOfGenerateWithItsProperty() throws Exception {
        Map<String, String> documented = new TreeMap<>();
        Matcher row = Pattern.compile("(?m)^\\| `(\\w+)`( \\(generate only\\))? \\| ?(`([\\w.-]+)`)? ?\\|")
                .matcher(section(Files.readString(Path.of("README.md")), "## Parameters"));
        while (row.find()) {
            documented.put(row.group(1), row.group(4) == null ? "" : row.group(4));
        }
        assertEquals(parameters("generate"), documented);
    }

    /** The goal's editable parameters and their user properties ('' for none), from the descriptor. */
    private static Map<String, String> parameters(String goal) throws Exception {
        Document descriptor =
                DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(DESCRIPTOR.toFile());
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!text(mojo, "goal").equals(goal)) {
                continue;
            }
            Map<String, String> parameters = new TreeMap<>();
            Element configuration =
                    (Element) mojo.getElementsByTagName("configuration").item(0);
            NodeList all =
                    ((Element) mojo.getElementsByTagName("parameters").item(0)).getElementsByTagName("parameter");
            for (int j = 0; j < all.getLength(); j++) {
                Element parameter = (Element) all.item(j);
                if (text(parameter, "editable").equals("true")) {
                    String name = text(parameter, "name");
                    NodeList value = configuration.getElementsByTagName(name);
                    String expression =
                            value.getLength() == 0 ? "" : value.item(0).getTextContent();
                    parameters.put(
                            name, expression.startsWith("${") ? expression.substring(2, expression.length() - 1) : "");
                }
            }
            return parameters;
        }
        throw new AssertionError("no goal " + goal + " in " + DESCRIPTOR);
    }

    private static String text(Element element, String child) {
        return element.getElementsByTagName(child).item(0).getTextContent();
    }

    /** The text from a heading to the next heading of the same level. */
    private static String section(String markdown, String heading) {
        int start = markdown.indexOf("\n" + heading + "\n");
        assertTrue(start >= 0, "README.md has no " + heading);
        int end = markdown.indexOf("\n## ", start + heading.length() + 2);
        return markdown.substring(start, end < 0 ? markdown.length() : end);
    }

    private static String unescape(String xml) {
        return xml.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&apos;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&");
    }

    private static String words(String text) {
        return text.replaceAll("\\s+", " ").trim();
    }
}
