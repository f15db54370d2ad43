package io.github.dockerfilegen.model;

/** Checks on free text that ends up in a Dockerfile or in a message. */
public final class Text {
    private Text() {}

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
