package io.github.dockerfilegen.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A strict reader for the one JSON shape Dockerfiles use: an array of strings. */
final class JsonStrings {
    private JsonStrings() {}

    /** The strings of a JSON string array, or empty when the text is anything else. */
    static Optional<List<String>> parseArray(String text) {
        String s = text.strip();
        if (s.length() < 2 || s.charAt(0) != '[' || s.charAt(s.length() - 1) != ']') {
            return Optional.empty();
        }
        List<String> values = new ArrayList<>();
        int i = skipSpace(s, 1);
        if (s.charAt(i) == ']') {
            return i == s.length() - 1 ? Optional.of(values) : Optional.empty();
        }
        while (true) {
            if (s.charAt(i) != '"') {
                return Optional.empty();
            }
            StringBuilder value = new StringBuilder();
            i++;
            while (i < s.length() && s.charAt(i) != '"') {
                char c = s.charAt(i);
                if (c < 0x20) {
                    return Optional.empty();
                }
                if (c == '\\') {
                    if (i + 1 >= s.length()) {
                        return Optional.empty();
                    }
                    char e = s.charAt(++i);
                    switch (e) {
                        case '"', '\\', '/' -> value.append(e);
                        case 'b' -> value.append('\b');
                        case 'f' -> value.append('\f');
                        case 'n' -> value.append('\n');
                        case 'r' -> value.append('\r');
                        case 't' -> value.append('\t');
                        case 'u' -> {
                            if (i + 4 >= s.length()
                                    || !s.substring(i + 1, i + 5).matches("[0-9a-fA-F]{4}")) {
                                return Optional.empty();
                            }
                            value.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                            i += 4;
                        }
                        default -> {
                            return Optional.empty();
                        }
                    }
                } else {
                    value.append(c);
                }
                i++;
            }
            if (i >= s.length()) {
                return Optional.empty();
            }
            values.add(value.toString());
            i = skipSpace(s, i + 1);
            if (s.charAt(i) == ']') {
                return i == s.length() - 1 ? Optional.of(values) : Optional.empty();
            }
            if (s.charAt(i) != ',') {
                return Optional.empty();
            }
            i = skipSpace(s, i + 1);
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() - 1 && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
