package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks on free text that ends up in a Dockerfile or in a message. */
public final class Text {
    private static final Pattern IDENTIFIER =
            Pattern.compile("\\p{javaJavaIdentifierStart}\\p{javaJavaIdentifierPart}*");
    /** Longer class names are refused before matching (and no real one comes close). */
    private static final int MAX_CLASS_NAME_LENGTH = 1024;
    /** The longest single value we put on a Dockerfile line (BuildKit reads lines of up to 64 KiB). */
    public static final int MAX_VALUE_LENGTH = 4096;

    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=,+@%-]+");

    private Text() {}

    /**
     * A Java binary class name: dot-separated identifiers ('$' allowed), one line. Checked part by
     * part, so a very long name cannot overflow the regex engine's stack.
     */
    public static boolean isClassName(String name) {
        if (name.length() > MAX_CLASS_NAME_LENGTH || hasLineBreakOrControl(name)) {
            return false;
        }
        for (String part : name.split("\\.", -1)) {
            if (!IDENTIFIER.matcher(part).matches()) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text would not stay on one Dockerfile line: any control character, or a
     * Unicode line or paragraph separator.
     */
    public static boolean hasLineBreakOrControl(String text) {
        return text.codePoints().anyMatch(Text::isLineBreakOrControl);
    }

    public static boolean isLineBreakOrControl(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }

    /**
     * Folds every run of white space and control characters into one space and trims: a POM's
     * multi-line description becomes one label line.
     */
    public static String oneLine(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (isLineBreakOrControl(c) || Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(c);
            }
        }
        return out.toString();
    }

    /** Prose broken into lines of at most {@code width} characters, at spaces. */
    public static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** One word for a POSIX shell: as it is when nothing in it is special, else single-quoted. */
    public static String shellWord(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    /** A value shown in an error message: quoted, with control characters made visible. */
    public static String quoteForMessage(String value) {
        StringBuilder out = new StringBuilder("'");
        value.codePoints().forEach(c -> {
            if (isLineBreakOrControl(c)) {
                out.append(String.format("\\u%04X", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('\'').toString();
    }
}
