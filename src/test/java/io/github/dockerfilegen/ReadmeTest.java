package io.github.dockerfilegen;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's detection table and {@code mvn dockerfile-gen:help -Ddetail} describe detection with
 * the same words: the parameters' Javadoc, as the plugin descriptor holds it, is the one source.
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
