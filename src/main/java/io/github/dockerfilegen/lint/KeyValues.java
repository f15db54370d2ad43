package io.github.dockerfilegen.lint;

import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code key=value ...} arguments of LABEL and ENV as Docker reads them (quotes and escapes). */
final class KeyValues {
    private KeyValues() {}

    static Map<String, String> parse(String arguments) {
        Map<String, String> pairs = new LinkedHashMap<>();
        String text = arguments.strip();
        int firstSpace = text.indexOf(' ');
        int firstEquals = text.indexOf('=');
        if (firstEquals < 0 || (firstSpace >= 0 && firstSpace < firstEquals)) {
            // The legacy form: ENV NAME value with spaces
            pairs.put(
                    firstSpace < 0 ? text : text.substring(0, firstSpace),
                    firstSpace < 0 ? "" : text.substring(firstSpace + 1));
            return pairs;
        }
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            StringBuilder key = new StringBuilder();
            StringBuilder value = new StringBuilder();
            StringBuilder target = key;
            char quote = 0;
            for (; i < text.length(); i++) {
                char c = text.charAt(i);
                if (quote == 0 && Character.isWhitespace(c)) {
                    break;
                } else if (c == '\\' && quote != '\'' && i + 1 < text.length()) {
                    target.append(text.charAt(++i));
                } else if ((c == '"' || c == '\'') && (quote == 0 || quote == c)) {
                    quote = quote == 0 ? c : 0;
                } else if (c == '=' && target == key && quote == 0) {
                    target = value;
                } else {
                    target.append(c);
                }
            }
            if (key.length() > 0) {
                pairs.put(key.toString(), value.toString());
            }
        }
        return pairs;
    }
}
