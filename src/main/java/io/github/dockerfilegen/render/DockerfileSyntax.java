package io.github.dockerfilegen.render;

import io.github.dockerfilegen.model.Text;
import java.util.List;

/**
 * Quoting for each place a value can land in a Dockerfile. Templates call these (as {@code json},
 * {@code quoted} and {@code shell}); nothing user-controlled is written raw.
 */
public final class DockerfileSyntax {
    private DockerfileSyntax() {}

    /**
     * A JSON array for the exec form of {@code ENTRYPOINT}, {@code CMD} and {@code RUN}. Non-ASCII and
     * control characters become {@code \\uXXXX} escapes so the line stays one line of plain ASCII.
     */
    public static String jsonArray(List<String> values) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ", ").append('"');
            for (char c : values.get(i).toCharArray()) {
                switch (c) {
                    case '"' -> out.append("\\\"");
                    case '\\' -> out.append("\\\\");
                    default -> {
                        if (c < 0x20 || c > 0x7e) {
                            out.append(String.format("\\u%04x", (int) c));
                        } else {
                            out.append(c);
                        }
                    }
                }
            }
            out.append('"');
        }
        return out.append(']').toString();
    }

    /**
     * A double-quoted word for {@code LABEL} and {@code ENV} values, where Docker expands variables:
     * {@code \}, {@code "} and {@code $} are escaped so the value arrives exactly as given.
     */
    public static String doubleQuoted(String value) {
        requireOneLine(value);
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            if (c == '\\' || c == '"' || c == '$') {
                out.append('\\');
            }
            out.append(c);
        }
        return out.append('"').toString();
    }

    /** A POSIX shell command line for the shell form of {@code RUN}: unsafe words are single-quoted. */
    public static String shellWords(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            requireOneLine(word);
            out.append(out.length() == 0 ? "" : " ");
            out.append(Text.shellWord(word));
        }
        return out.toString();
    }

    private static void requireOneLine(String value) {
        if (Text.hasLineBreakOrControl(value)) {
            // Validation rejects these first; this guards a template that passes something else.
            throw new IllegalArgumentException("a value with a line break or control character cannot be rendered: "
                    + Text.quoteForMessage(value));
        }
    }
}
