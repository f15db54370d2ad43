package io.github.dockerfilegen.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Dockerfile reader for tests, written from the Dockerfile reference and the rules of BuildKit's
 * parser ({@code frontend/dockerfile/parser}, {@code shell/lex.go}), not from our renderer: it reads
 * a Dockerfile the way {@code docker build} would and says what each instruction means.
 *
 * <ul>
 *   <li>Lines end at {@code \n} only (a trailing {@code \r} is dropped); a physical line longer than
 *       65535 UTF-8 bytes is refused, as BuildKit's line scanner refuses it.
 *   <li>Parser directives ({@code # escape=}, {@code # syntax=}, {@code # check=}) only before
 *       anything else; comments are lines whose first non-blank character is {@code #}.
 *   <li>An escape character (default {@code \}) that is the last non-blank character of a line, and
 *       is not itself escaped, continues the instruction on the next line; comment lines and blank
 *       lines inside a continuation are skipped.
 *   <li>Keywords are case-insensitive; leading {@code --name=value} flags are split off.
 *   <li>{@code RUN}, {@code CMD}, {@code ENTRYPOINT}, {@code SHELL}: a strict JSON string array (exec
 *       form), else the text as is (shell form). {@code COPY}, {@code ADD}, {@code VOLUME}: JSON or
 *       whitespace-separated words. A JSON array holding anything but strings is an error.
 *   <li>{@code LABEL}, {@code ENV}: {@code key=value} words (or the legacy {@code key value}) split
 *       with quotes and escapes kept, then each key and value run through BuildKit's word processing:
 *       single quotes literal, double quotes with {@code \"}, {@code \$}, {@code \\} escapes, a bare
 *       escape char escaping anything, and {@code $NAME} / {@code ${NAME...}} expanded.
 *   <li>Variables are expanded where BuildKit expands them ({@code ARG}, {@code FROM} with the
 *       meta {@code ARG}s, {@code ENV}, {@code LABEL}, {@code USER}, {@code WORKDIR}, {@code EXPOSE},
 *       {@code COPY}, {@code ADD}, {@code VOLUME}, {@code STOPSIGNAL}), and every reference is
 *       recorded, so a test can tell an expansion nobody wrote.
 *   <li>Heredocs ({@code <<EOF}) in shell-form {@code RUN}/{@code COPY}/{@code ADD} consume the
 *       following lines up to their terminator.
 * </ul>
 *
 * Anything BuildKit would refuse to parse throws {@link SyntaxError}.
 */
public final class DockerfileModel {
    /** bufio.MaxScanTokenSize - 1: the longest line, in UTF-8 bytes, BuildKit's scanner reads. */
    public static final int MAX_LINE_BYTES = 64 * 1024 - 1;

    private static final int EOF = -1;
    private static final Pattern DIRECTIVE = Pattern.compile(
            "\\A#[\\t\\n\\f\\r ]*([a-zA-Z][a-zA-Z0-9]*)[\\t\\n\\f\\r ]*=[\\t\\n\\f\\r ]*(.+?)[\\t\\n\\f\\r ]*\\z",
            Pattern.DOTALL); // Go's \s, and its '.', which takes anything but a line feed
    private static final Set<String> DIRECTIVES = Set.of("escape", "syntax", "check");
    private static final Pattern HEREDOC = Pattern.compile("\\A([0-9]*)<<(-?)([^<]*)\\z");
    private static final Set<String> EXPANDED =
            Set.of("ARG", "ENV", "LABEL", "USER", "WORKDIR", "EXPOSE", "COPY", "ADD", "VOLUME", "STOPSIGNAL");
    private static final Set<String> HEREDOC_INSTRUCTIONS = Set.of("RUN", "COPY", "ADD");

    /** BuildKit would stop with an error on this Dockerfile. */
    public static final class SyntaxError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SyntaxError(int line, String message) {
            super("line " + line + ": " + message);
        }
    }

    /** A {@code $NAME} or {@code ${NAME...}} BuildKit expands, where it stands. */
    public record VariableReference(int line, String keyword, String name) {}

    /** A heredoc of a shell-form {@code RUN}, {@code COPY} or {@code ADD}. */
    public record Heredoc(String name, boolean chomp, String content) {}

    /** A key and its value after word processing; the value is null for an {@code ARG} without default. */
    public record Pair(String key, String value) {}

    /** One instruction, and what its arguments mean to BuildKit. */
    public static final class Instruction {
        private final String keyword;
        private final String written;
        private final int line;
        private final String original;
        private final List<String> flags;
        private final String arguments;
        private List<Pair> pairs = List.of();
        private List<String> json;
        private String shell;
        private List<String> words = List.of();
        private String text;
        private final List<Heredoc> heredocs = new ArrayList<>();
        private final List<VariableReference> variables = new ArrayList<>();

        Instruction(String written, int line, String original, List<String> flags, String arguments) {
            this.written = written;
            this.keyword = written.toUpperCase(Locale.ROOT);
            this.line = line;
            this.original = original;
            this.flags = List.copyOf(flags);
            this.arguments = arguments;
        }

        /** The keyword in upper case. */
        public String keyword() {
            return keyword;
        }

        /** The keyword as written. */
        public String written() {
            return written;
        }

        /** The first physical line, from 1. */
        public int line() {
            return line;
        }

        /** The logical line, continuations joined. */
        public String original() {
            return original;
        }

        /** The {@code --name=value} flags, as BuildKit splits them off. */
        public List<String> flags() {
            return flags;
        }

        /** The arguments after the flags, trimmed, unprocessed. */
        public String arguments() {
            return arguments;
        }

        /** LABEL, ENV and ARG: the pairs in order, keys and values processed and expanded. */
        public List<Pair> pairs() {
            return pairs;
        }

        /** The exec form's arguments, or null for the shell form (and instructions without either). */
        public List<String> json() {
            return json;
        }

        /** The shell form's command text, as the shell receives it; null for the exec form. */
        public String shell() {
            return shell;
        }

        /** FROM, EXPOSE and the non-JSON COPY/ADD/VOLUME: the words, processed and expanded. */
        public List<String> words() {
            return words;
        }

        /** USER, WORKDIR, STOPSIGNAL: the argument, processed and expanded; MAINTAINER: as written. */
        public String text() {
            return text;
        }

        public List<Heredoc> heredocs() {
            return Collections.unmodifiableList(heredocs);
        }

        /** Every variable reference BuildKit would expand in this instruction. */
        public List<VariableReference> variables() {
            return Collections.unmodifiableList(variables);
        }

        @Override
        public String toString() {
            return line + ": " + original;
        }
    }

    /** A build stage: its FROM and what follows up to the next FROM. */
    public record Stage(Instruction from, String image, String name, List<Instruction> instructions) {
        /** The stage's instructions with this keyword. */
        public List<Instruction> all(String keyword) {
            List<Instruction> found = new ArrayList<>();
            for (Instruction in : instructions) {
                if (in.keyword().equals(keyword)) {
                    found.add(in);
                }
            }
            return found;
        }

        /** LABEL pairs merged in order: a later value wins. */
        public Map<String, String> labels() {
            return merged("LABEL");
        }

        /** ENV pairs merged in order: a later value wins. */
        public Map<String, String> env() {
            return merged("ENV");
        }

        private Map<String, String> merged(String keyword) {
            Map<String, String> map = new LinkedHashMap<>();
            for (Instruction in : all(keyword)) {
                in.pairs().forEach(p -> map.put(p.key(), p.value()));
            }
            return map;
        }
    }

    private final int escapeToken;
    private final Map<String, String> directives = new LinkedHashMap<>();
    private final List<String> comments = new ArrayList<>();
    private final List<Instruction> instructions = new ArrayList<>();
    private final Map<String, String> metaArgs = new LinkedHashMap<>();
    private final List<Stage> stages = new ArrayList<>();

    private DockerfileModel(String text) {
        requireWellFormed(text);
        List<String> lines = physicalLines(text);
        Directives d = new Directives();
        int i = 0;
        while (i < lines.size()) {
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            if (isComment(raw)) {
                comments.add(trimSpace(trimLeadingSpace(raw).substring(1)));
            }
            String token = d.process(raw, true, i + 1);
            i++;
            int start = i;
            Continuation c = d.trimContinuation(token);
            if (c.end && c.line.isEmpty()) {
                continue;
            }
            StringBuilder logical = new StringBuilder(c.line);
            boolean end = c.end;
            while (!end && i < lines.size()) {
                String next = lines.get(i);
                String processed = d.process(next, false, i + 1);
                i++;
                if (isComment(next) || trimLeadingSpace(processed).isEmpty()) {
                    continue;
                }
                Continuation more = d.trimContinuation(processed);
                logical.append(more.line);
                end = more.end;
            }
            Instruction in = instruction(logical.toString(), start, d.escape);
            if (in.json() == null && HEREDOC_INSTRUCTIONS.contains(in.keyword())) {
                for (Heredoc doc : heredocNames(in.original(), start)) {
                    StringBuilder content = new StringBuilder();
                    boolean terminated = false;
                    while (i < lines.size()) {
                        String body = lines.get(i++);
                        String candidate = doc.chomp() ? body.replaceFirst("\\A\\t+", "") : body;
                        if (candidate.equals(doc.name())) {
                            terminated = true;
                            break;
                        }
                        content.append(body).append('\n');
                    }
                    if (!terminated) {
                        throw new SyntaxError(start, "unterminated heredoc " + doc.name());
                    }
                    in.heredocs.add(new Heredoc(doc.name(), doc.chomp(), content.toString()));
                }
            }
            instructions.add(in);
        }
        this.escapeToken = d.escape;
        if (instructions.isEmpty()) {
            throw new SyntaxError(lines.size(), "file with no instructions");
        }
        interpret();
    }

    /** Reads a Dockerfile as BuildKit would, or throws {@link SyntaxError} where BuildKit would stop. */
    public static DockerfileModel parse(String dockerfile) {
        return new DockerfileModel(dockerfile);
    }

    public int escapeToken() {
        return escapeToken;
    }

    /** The parser directives, by lower-case name. */
    public Map<String, String> directives() {
        return Collections.unmodifiableMap(directives);
    }

    /** The comment lines' text after '#', trimmed; directives included. */
    public List<String> comments() {
        return Collections.unmodifiableList(comments);
    }

    public List<Instruction> instructions() {
        return Collections.unmodifiableList(instructions);
    }

    /** The instruction keywords in order, upper case. */
    public List<String> keywords() {
        return instructions.stream().map(Instruction::keyword).toList();
    }

    /** The ARGs before the first FROM, with their defaults (null when none). */
    public Map<String, String> metaArgs() {
        return Collections.unmodifiableMap(metaArgs);
    }

    public List<Stage> stages() {
        return Collections.unmodifiableList(stages);
    }

    /** Every variable reference BuildKit would expand, in order. */
    public List<VariableReference> variables() {
        List<VariableReference> all = new ArrayList<>();
        instructions.forEach(in -> all.addAll(in.variables()));
        return all;
    }

    // ------------------------------------------------------------------ lines, directives, continuations

    private static void requireWellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new SyntaxError(
                        1
                                + (int) text.substring(0, i)
                                        .chars()
                                        .filter(x -> x == '\n')
                                        .count(),
                        "a lone surrogate cannot be written as UTF-8");
            }
        }
    }

    private static List<String> physicalLines(String text) {
        List<String> lines = new ArrayList<>();
        int from = 0;
        while (from < text.length()) {
            int nl = text.indexOf('\n', from);
            String line = nl < 0 ? text.substring(from) : text.substring(from, nl);
            if (line.length() * 3 > MAX_LINE_BYTES && line.getBytes(StandardCharsets.UTF_8).length > MAX_LINE_BYTES) {
                throw new SyntaxError(
                        lines.size() + 1, "dockerfile line greater than max allowed size of " + MAX_LINE_BYTES);
            }
            lines.add(line);
            from = nl < 0 ? text.length() : nl + 1;
        }
        return lines;
    }

    private record Continuation(String line, boolean end) {}

    private final class Directives {
        int escape = '\\';
        boolean done;

        /** processLine: drop the line end, maybe the leading blanks, a comment; watch for directives. */
        String process(String line, boolean stripLeft, int number) {
            String token = trimNewline(line);
            if (stripLeft) {
                token = trimLeadingSpace(token);
            }
            directive(token, number);
            return token.startsWith("#") ? "" : token;
        }

        private void directive(String token, int number) {
            if (done) {
                return;
            }
            Matcher m = DIRECTIVE.matcher(token);
            if (!m.matches() || !DIRECTIVES.contains(m.group(1).toLowerCase(Locale.ROOT))) {
                done = true;
                return;
            }
            String key = m.group(1).toLowerCase(Locale.ROOT);
            if (directives.containsKey(key)) {
                throw new SyntaxError(number, "only one " + key + " parser directive can be used");
            }
            directives.put(key, m.group(2));
            if (key.equals("escape")) {
                if (!m.group(2).equals("`") && !m.group(2).equals("\\")) {
                    throw new SyntaxError(number, "invalid escape token '" + m.group(2) + "'");
                }
                escape = m.group(2).charAt(0);
            }
        }

        /**
         * The escape token as the last non-blank character continues the line, unless another escape
         * token stands right before it (BuildKit's {@code ([^\\])\\[ \t]*$|^\\[ \t]*$}).
         */
        Continuation trimContinuation(String line) {
            int end = line.length();
            while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
                end--;
            }
            if (end == 0 || line.charAt(end - 1) != escape) {
                return new Continuation(line, true);
            }
            if (end == 1) {
                return new Continuation("", false);
            }
            if (line.charAt(end - 2) == escape) {
                return new Continuation(line, true);
            }
            return new Continuation(line.substring(0, end - 1), false);
        }
    }

    private static String trimNewline(String line) {
        int end = line.length();
        while (end > 0 && (line.charAt(end - 1) == '\r' || line.charAt(end - 1) == '\n')) {
            end--;
        }
        return line.substring(0, end);
    }

    private static boolean isComment(String line) {
        return trimLeadingSpace(trimNewline(line)).startsWith("#");
    }

    /** Go's unicode.IsSpace. */
    static boolean isSpace(int c) {
        if (c <= 0xFF) {
            return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
        }
        int type = Character.getType(c);
        return type == Character.SPACE_SEPARATOR
                || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR;
    }

    static String trimLeadingSpace(String s) {
        int i = 0;
        while (i < s.length() && isSpace(s.codePointAt(i))) {
            i += Character.charCount(s.codePointAt(i));
        }
        return s.substring(i);
    }

    /** Go's strings.TrimSpace. */
    static String trimSpace(String s) {
        String left = trimLeadingSpace(s);
        int end = left.length();
        while (end > 0) {
            int c = left.codePointBefore(end);
            if (!isSpace(c)) {
                break;
            }
            end -= Character.charCount(c);
        }
        return left.substring(0, end);
    }

    // ------------------------------------------------------------------ one instruction

    private Instruction instruction(String line, int number, int escape) {
        String[] cmdline = splitTokens(trimSpace(line), 2);
        String written = cmdline[0];
        List<String> flags = new ArrayList<>();
        String args = "";
        if (cmdline.length == 2) {
            args = extractFlags(cmdline[1], flags);
        }
        Instruction in = new Instruction(written, number, line, flags, trimSpace(args));
        String a = in.arguments();
        switch (in.keyword()) {
            case "RUN", "CMD", "ENTRYPOINT", "SHELL" -> {
                if (!a.isEmpty()) {
                    List<String> json = jsonArray(a, number);
                    if (json != null) {
                        in.json = json;
                    } else {
                        in.shell = a;
                    }
                }
            }
            case "COPY", "ADD", "VOLUME" -> {
                List<String> json = jsonArray(a, number);
                if (json != null) {
                    in.json = json;
                } else {
                    in.words = whitespaceWords(a);
                }
            }
            case "LABEL", "ENV" -> in.pairs = nameValues(a, in.keyword(), number, escape);
            case "ARG" -> {
                List<Pair> pairs = new ArrayList<>();
                for (String word : parseWords(a, escape)) {
                    int eq = word.indexOf('=');
                    pairs.add(eq < 0 ? new Pair(word, null) : new Pair(word.substring(0, eq), word.substring(eq + 1)));
                }
                in.pairs = pairs;
            }
            case "FROM", "EXPOSE" -> in.words = whitespaceWords(a);
            case "USER", "WORKDIR", "STOPSIGNAL", "MAINTAINER" -> in.text = a;
            default -> {}
        }
        return in;
    }

    /** splitCommand's extractBuilderFlags: leading {@code --name=value} (or {@code --name value}) words, byte by byte. */
    private static String extractFlags(String line, List<String> flags) {
        int first = 0;
        while (first < line.length() && " \t\n\u000b\f\r".indexOf(line.charAt(first)) >= 0) {
            first++;
        }
        if (!line.startsWith("--", first)) {
            return line.substring(first); // no flag: the same answer as the byte-wise walk below, sooner
        }
        byte[] b = line.getBytes(StandardCharsets.UTF_8);
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        int phase = inSpaces;
        StringBuilder word = new StringBuilder();
        int quote = 0;
        boolean blankOk = false;
        boolean parsingFlagArg = false;
        boolean needFlagArg = true;
        int ch = 0;
        for (int pos = 0; pos <= b.length; pos++) {
            if (pos != b.length) {
                ch = b[pos] & 0xFF;
            }
            if (phase == inSpaces) {
                if (pos == b.length) {
                    break;
                }
                if (isSpace(ch)) {
                    continue;
                }
                if (!parsingFlagArg && (ch != '-' || pos + 1 == b.length || b[pos + 1] != '-')) {
                    return new String(b, pos, b.length - pos, StandardCharsets.UTF_8);
                }
                phase = inWord;
            }
            if ((phase == inWord || phase == inQuote) && pos == b.length) {
                if (!word.toString().equals("--") && (blankOk || word.length() > 0)) {
                    flags.add(word.toString());
                }
                break;
            }
            if (phase == inWord) {
                if (isSpace(ch)) {
                    phase = inSpaces;
                    if (parsingFlagArg) {
                        flags.set(flags.size() - 1, flags.get(flags.size() - 1) + "=" + word);
                        parsingFlagArg = false;
                        needFlagArg = true;
                    } else {
                        if (word.toString().equals("--")) {
                            return new String(b, pos, b.length - pos, StandardCharsets.UTF_8);
                        }
                        if (blankOk || word.length() > 0) {
                            if (needFlagArg) {
                                parsingFlagArg = true;
                            }
                            flags.add(word.toString());
                        }
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '=' && needFlagArg) {
                    needFlagArg = false;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                    continue;
                }
                if (ch == '\\') {
                    if (pos + 1 == b.length) {
                        continue;
                    }
                    ch = b[++pos] & 0xFF;
                }
                word.appendCodePoint(ch);
                continue;
            }
            if (ch == quote) {
                phase = inWord;
                continue;
            }
            if (ch == '\\') {
                if (pos + 1 == b.length) {
                    phase = inWord;
                    continue;
                }
                ch = b[++pos] & 0xFF;
            }
            word.appendCodePoint(ch);
        }
        return "";
    }

    /** BuildKit's {@code [\t\v\f\r ]+} token separator. */
    private static boolean isTokenSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000b' || c == '\f' || c == '\r';
    }

    /** Go's regexp Split on the token separator: at most {@code limit} parts (all when negative). */
    private static String[] splitTokens(String text, int limit) {
        List<String> parts = new ArrayList<>();
        int start = 0;
        int i = 0;
        while (i < text.length() && (limit < 0 || parts.size() < limit - 1)) {
            if (isTokenSpace(text.charAt(i))) {
                int end = i;
                while (i < text.length() && isTokenSpace(text.charAt(i))) {
                    i++;
                }
                parts.add(text.substring(start, end));
                start = i;
            } else {
                i++;
            }
        }
        parts.add(text.substring(start));
        return parts.toArray(String[]::new);
    }

    private static List<String> whitespaceWords(String args) {
        if (args.isEmpty()) {
            return List.of();
        }
        return List.of(splitTokens(args, -1));
    }

    /** parseWords: split on blanks outside quotes; quotes and escapes stay in the words. */
    static List<String> parseWords(String rest, int escape) {
        final int inSpaces = 0;
        final int inWord = 1;
        final int inQuote = 2;
        List<String> words = new ArrayList<>();
        int phase = inSpaces;
        int quote = 0;
        boolean blankOk = false;
        StringBuilder word = new StringBuilder();
        int[] cps = rest.codePoints().toArray();
        int ch = 0;
        for (int pos = 0; pos <= cps.length; pos++) {
            if (pos != cps.length) {
                ch = cps[pos];
            }
            if (phase == inSpaces) {
                if (pos == cps.length) {
                    break;
                }
                if (isSpace(ch)) {
                    continue;
                }
                phase = inWord;
            }
            if ((phase == inWord || phase == inQuote) && pos == cps.length) {
                if (blankOk || word.length() > 0) {
                    words.add(word.toString());
                }
                break;
            }
            if (phase == inWord) {
                if (isSpace(ch)) {
                    phase = inSpaces;
                    if (blankOk || word.length() > 0) {
                        words.add(word.toString());
                    }
                    word.setLength(0);
                    blankOk = false;
                    continue;
                }
                if (ch == '\'' || ch == '"') {
                    quote = ch;
                    blankOk = true;
                    phase = inQuote;
                }
                if (ch == escape) {
                    if (pos + 1 == cps.length) {
                        continue;
                    }
                    word.appendCodePoint(ch);
                    ch = cps[++pos];
                }
                word.appendCodePoint(ch);
                continue;
            }
            if (ch == quote) {
                phase = inWord;
            }
            if (ch == escape && quote != '\'') {
                if (pos + 1 == cps.length) {
                    phase = inWord;
                    continue;
                }
                word.appendCodePoint(ch);
                ch = cps[++pos];
            }
            word.appendCodePoint(ch);
        }
        return words;
    }

    /** parseNameVal: {@code key=value ...}, or the legacy {@code key value} when the first word has no '='. */
    private static List<Pair> nameValues(String rest, String keyword, int number, int escape) {
        List<String> words = parseWords(rest, escape);
        if (words.isEmpty()) {
            throw new SyntaxError(number, keyword + " requires at least one argument");
        }
        List<Pair> pairs = new ArrayList<>();
        if (!words.get(0).contains("=")) {
            String[] parts = splitTokens(rest, 2);
            if (parts.length < 2) {
                throw new SyntaxError(number, keyword + " must have two arguments");
            }
            pairs.add(new Pair(parts[0], parts[1]));
            return pairs;
        }
        for (String word : words) {
            int eq = word.indexOf('=');
            if (eq < 0) {
                throw new SyntaxError(number, "Syntax error - can't find = in '" + word + "'");
            }
            pairs.add(new Pair(word.substring(0, eq), word.substring(eq + 1)));
        }
        return pairs;
    }

    // ------------------------------------------------------------------ JSON (Go's encoding/json, strictly)

    /** The strings of a JSON array, or null when the text is not JSON (then it is the shell form). */
    private static List<String> jsonArray(String rest, int number) {
        String s = trimLeadingSpace(rest);
        if (!s.startsWith("[")) {
            return null;
        }
        Json json = new Json(s);
        Object value;
        try {
            json.space();
            value = json.value();
            json.space();
            if (json.pos != s.length()) {
                return null; // json.Unmarshal: invalid character after top-level value
            }
        } catch (IllegalStateException notJson) {
            return null;
        }
        List<String> strings = new ArrayList<>();
        for (Object element : (List<?>) value) {
            if (!(element instanceof String string)) {
                throw new SyntaxError(number, "when using JSON array syntax, arrays must be comprised of strings only");
            }
            strings.add(string);
        }
        return strings;
    }

    private static final class Json {
        /** JSON null: not a string, so not allowed in an exec-form array. */
        private static final Object NULL = new Object();

        private final String s;
        private int pos;

        Json(String s) {
            this.s = s;
        }

        void space() {
            while (pos < s.length() && " \t\r\n".indexOf(s.charAt(pos)) >= 0) {
                pos++;
            }
        }

        private IllegalStateException error() {
            return new IllegalStateException("invalid JSON at " + pos);
        }

        private char peek() {
            if (pos >= s.length()) {
                throw error();
            }
            return s.charAt(pos);
        }

        Object value() {
            char c = peek();
            switch (c) {
                case '[' -> {
                    pos++;
                    List<Object> list = new ArrayList<>();
                    space();
                    if (peek() == ']') {
                        pos++;
                        return list;
                    }
                    while (true) {
                        space();
                        list.add(value());
                        space();
                        char next = peek();
                        pos++;
                        if (next == ']') {
                            return list;
                        }
                        if (next != ',') {
                            throw error();
                        }
                    }
                }
                case '{' -> {
                    pos++;
                    Map<String, Object> map = new HashMap<>();
                    space();
                    if (peek() == '}') {
                        pos++;
                        return map;
                    }
                    while (true) {
                        space();
                        if (peek() != '"') {
                            throw error();
                        }
                        String key = string();
                        space();
                        if (peek() != ':') {
                            throw error();
                        }
                        pos++;
                        space();
                        map.put(key, value());
                        space();
                        char next = peek();
                        pos++;
                        if (next == '}') {
                            return map;
                        }
                        if (next != ',') {
                            throw error();
                        }
                    }
                }
                case '"' -> {
                    return string();
                }
                case 't' -> {
                    return literal("true", Boolean.TRUE);
                }
                case 'f' -> {
                    return literal("false", Boolean.FALSE);
                }
                case 'n' -> {
                    return literal("null", NULL);
                }
                default -> {
                    return number();
                }
            }
        }

        private Object literal(String word, Object value) {
            if (!s.startsWith(word, pos)) {
                throw error();
            }
            pos += word.length();
            return value;
        }

        private Object number() {
            int start = pos;
            if (pos < s.length() && s.charAt(pos) == '-') {
                pos++;
            }
            if (pos < s.length() && s.charAt(pos) == '0') {
                pos++;
            } else if (pos < s.length() && s.charAt(pos) >= '1' && s.charAt(pos) <= '9') {
                digits();
            } else {
                throw error();
            }
            if (pos < s.length() && s.charAt(pos) == '.') {
                pos++;
                if (digits() == 0) {
                    throw error();
                }
            }
            if (pos < s.length() && (s.charAt(pos) == 'e' || s.charAt(pos) == 'E')) {
                pos++;
                if (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
                    pos++;
                }
                if (digits() == 0) {
                    throw error();
                }
            }
            return Double.valueOf(s.substring(start, pos));
        }

        private int digits() {
            int start = pos;
            while (pos < s.length() && s.charAt(pos) >= '0' && s.charAt(pos) <= '9') {
                pos++;
            }
            return pos - start;
        }

        /** A JSON string; unpaired surrogate escapes become U+FFFD, as Go decodes them. */
        private String string() {
            pos++;
            StringBuilder out = new StringBuilder();
            while (true) {
                char c = peek();
                pos++;
                if (c == '"') {
                    return out.toString();
                }
                if (c < 0x20) {
                    throw error();
                }
                if (c != '\\') {
                    out.append(c);
                    continue;
                }
                char e = peek();
                pos++;
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        int unit = hex4();
                        if (Character.isHighSurrogate((char) unit) && s.startsWith("\\u", pos)) {
                            int save = pos;
                            pos += 2;
                            int low = hex4();
                            if (Character.isLowSurrogate((char) low)) {
                                out.append((char) unit).append((char) low);
                            } else {
                                out.append('\uFFFD');
                                pos = save;
                            }
                        } else if (Character.isSurrogate((char) unit)) {
                            out.append('\uFFFD');
                        } else {
                            out.append((char) unit);
                        }
                    }
                    default -> throw error();
                }
            }
        }

        private int hex4() {
            if (pos + 4 > s.length()) {
                throw error();
            }
            int value = 0;
            for (int k = 0; k < 4; k++) {
                int digit = Character.digit(s.charAt(pos + k), 16);
                if (digit < 0 || s.charAt(pos + k) > 'f') {
                    throw error();
                }
                value = value * 16 + digit;
            }
            pos += 4;
            return value;
        }
    }

    // ------------------------------------------------------------------ heredocs

    /** heredocsFromLine: words split with quotes kept; a word {@code [n]<<[-]NAME} opens a heredoc. */
    private List<Heredoc> heredocNames(String line, int number) {
        List<Heredoc> docs = new ArrayList<>();
        if (!line.contains("<<")) {
            return docs;
        }
        for (String word : rawWords(line)) {
            Matcher m = HEREDOC.matcher(word);
            if (!m.matches() || m.group(3).isEmpty()) {
                continue;
            }
            List<String> names = parseWords(m.group(3), '\\');
            if (names.size() != 1) {
                continue;
            }
            String name = new Lexer(names.get(0), '\\', Map.of(), new ArrayList<>(), number, "heredoc").word();
            if (!name.isEmpty()) {
                docs.add(new Heredoc(name, !m.group(2).isEmpty(), ""));
            }
        }
        return docs;
    }

    /** Blank-separated words with their quotes and escapes kept. */
    private static List<String> rawWords(String line) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int quote = 0;
        int[] cps = line.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (quote == 0 && isSpace(c)) {
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
                continue;
            }
            word.appendCodePoint(c);
            if (c == '\\' && quote != '\'' && i + 1 < cps.length) {
                word.appendCodePoint(cps[++i]);
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
            } else if (c == quote) {
                quote = 0;
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        return words;
    }

    // ------------------------------------------------------------------ meaning: stages, ARGs, expansion

    private void interpret() {
        final Map<String, String> env = new HashMap<>();
        Instruction from = null;
        String image = null;
        String name = null;
        List<Instruction> body = new ArrayList<>();
        for (Instruction in : instructions) {
            if (in.keyword().equals("FROM")) {
                if (from != null) {
                    stages.add(new Stage(from, image, name, List.copyOf(body)));
                }
                body.clear();
                List<String> words = in.words();
                if (words.size() != 1 && !(words.size() == 3 && words.get(1).equalsIgnoreCase("as"))) {
                    throw new SyntaxError(in.line(), "FROM requires either one or three arguments");
                }
                Map<String, String> meta = new HashMap<>();
                metaArgs.forEach((k, v) -> meta.put(k, v == null ? "" : v));
                image = expand(in, words.get(0), meta);
                name = words.size() == 3 ? words.get(2).toLowerCase(Locale.ROOT) : null;
                in.words = words.size() == 3 ? List.of(image, words.get(1), words.get(2)) : List.of(image);
                from = in;
                env.clear();
                continue;
            }
            if (from == null) {
                if (!in.keyword().equals("ARG")) {
                    throw new SyntaxError(in.line(), in.keyword() + " before the first FROM");
                }
                Map<String, String> meta = new HashMap<>();
                metaArgs.forEach((k, v) -> meta.put(k, v == null ? "" : v));
                List<Pair> expanded = expandPairs(in, meta);
                expanded.forEach(p -> metaArgs.put(p.key(), p.value()));
                in.pairs = expanded;
                continue;
            }
            body.add(in);
            if (EXPANDED.contains(in.keyword())) {
                switch (in.keyword()) {
                    case "ARG" -> {
                        List<Pair> expanded = expandPairs(in, env);
                        for (Pair p : expanded) {
                            String value = p.value() != null ? p.value() : metaArgs.get(p.key());
                            env.put(p.key(), value == null ? "" : value);
                        }
                        in.pairs = expanded;
                    }
                    case "ENV" -> {
                        List<Pair> expanded = expandPairs(in, env);
                        expanded.forEach(p -> env.put(p.key(), p.value()));
                        in.pairs = expanded;
                    }
                    case "LABEL" -> in.pairs = expandPairs(in, env);
                    case "USER", "WORKDIR", "STOPSIGNAL" -> in.text = expand(in, in.text(), env);
                    default -> {
                        List<String> words = new ArrayList<>();
                        if (in.json() != null) {
                            for (String w : in.json()) {
                                words.add(expand(in, w, env));
                            }
                            in.json = List.copyOf(words);
                        } else {
                            for (String w : in.words()) {
                                words.add(expand(in, w, env));
                            }
                            in.words = List.copyOf(words);
                        }
                    }
                }
            }
        }
        if (from != null) {
            stages.add(new Stage(from, image, name, List.copyOf(body)));
        }
    }

    private List<Pair> expandPairs(Instruction in, Map<String, String> env) {
        List<Pair> out = new ArrayList<>();
        for (Pair p : in.pairs()) {
            out.add(new Pair(expand(in, p.key(), env), p.value() == null ? null : expand(in, p.value(), env)));
        }
        return out;
    }

    private static String expand(Instruction in, String word, Map<String, String> env) {
        List<String> names = new ArrayList<>();
        String value = new Lexer(word, '\\', env, names, in.line(), in.keyword()).word();
        names.forEach(n -> in.variables.add(new VariableReference(in.line(), in.keyword(), n)));
        return value;
    }

    /**
     * BuildKit's word processing (shell/lex.go): quotes removed, escapes applied, variables expanded
     * from {@code env} (an unknown one is empty) and recorded.
     */
    static final class Lexer {
        private final int[] cps;
        private int pos;
        private final int escape;
        private final Map<String, String> env;
        private final List<String> references;
        private final int line;
        private final String keyword;

        Lexer(String word, int escape, Map<String, String> env, List<String> references, int line, String keyword) {
            this.cps = word.codePoints().toArray();
            // text/scanner skips a byte order mark at the very start of its input.
            this.pos = cps.length > 0 && cps[0] == 0xFEFF ? 1 : 0;
            this.escape = escape;
            this.env = env;
            this.references = references;
            this.line = line;
            this.keyword = keyword;
        }

        private int peek() {
            return pos < cps.length ? cps[pos] : EOF;
        }

        private int next() {
            return pos < cps.length ? cps[pos++] : EOF;
        }

        private SyntaxError error(String message) {
            return new SyntaxError(line, keyword + ": " + message);
        }

        String word() {
            return stopOn(EOF);
        }

        private String stopOn(int stop) {
            StringBuilder out = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (stop != EOF && ch == stop) {
                    next();
                    return out.toString();
                }
                if (ch == '\'') {
                    out.append(singleQuoted());
                } else if (ch == '"') {
                    out.append(doubleQuoted());
                } else if (ch == '$') {
                    out.append(dollar());
                } else {
                    ch = next();
                    if (ch == escape) {
                        ch = next();
                        if (ch == EOF) {
                            break;
                        }
                    }
                    out.appendCodePoint(ch);
                }
            }
            if (stop != EOF) {
                throw error("unexpected end of statement while looking for matching " + Character.toString(stop));
            }
            return out.toString();
        }

        private String singleQuoted() {
            StringBuilder out = new StringBuilder();
            next();
            while (true) {
                int ch = next();
                if (ch == EOF) {
                    throw error("unexpected end of statement while looking for matching single-quote");
                }
                if (ch == '\'') {
                    return out.toString();
                }
                out.appendCodePoint(ch);
            }
        }

        private String doubleQuoted() {
            StringBuilder out = new StringBuilder();
            next();
            while (true) {
                int ch = peek();
                if (ch == EOF) {
                    throw error("unexpected end of statement while looking for matching double-quote");
                }
                if (ch == '"') {
                    next();
                    return out.toString();
                }
                if (ch == '$') {
                    out.append(dollar());
                    continue;
                }
                ch = next();
                if (ch == escape) {
                    int following = peek();
                    if (following == EOF) {
                        continue; // an escape at the very end is dropped
                    }
                    if (following == '"' || following == '$' || following == escape) {
                        ch = next();
                    }
                }
                out.appendCodePoint(ch);
            }
        }

        private String dollar() {
            next();
            if (peek() != '{') {
                String name = name();
                if (name.isEmpty()) {
                    return "$";
                }
                references.add(name);
                return env.getOrDefault(name, "");
            }
            next();
            int first = peek();
            if (first == EOF) {
                throw error("syntax error: missing '}'");
            }
            if (first == '{' || first == '}' || first == ':') {
                throw error("syntax error: bad substitution");
            }
            String name = name();
            references.add(name);
            String value = env.getOrDefault(name, "");
            int ch = next();
            if (ch == '}') {
                return value;
            }
            if (ch == EOF) {
                throw error("syntax error: missing '}'");
            }
            if (ch == ':') {
                int modifier = next();
                String word = stopOn('}');
                return switch (modifier) {
                    case '+' -> value.isEmpty() ? value : word;
                    case '-' -> value.isEmpty() ? word : value;
                    case '?' -> {
                        if (value.isEmpty()) {
                            throw error("variable " + name + " is not set: " + word);
                        }
                        yield value;
                    }
                    default ->
                        throw error("unsupported modifier (" + Character.toString(modifier) + ") in substitution");
                };
            }
            // Newer BuildKit also knows ${a?}, ${a#p}, ${a%p}, ${a/p/r}: still an expansion of 'name'.
            if (ch == '?' || ch == '#' || ch == '%' || ch == '/') {
                stopOn('}');
                return value;
            }
            throw error("missing ':' in substitution");
        }

        private String name() {
            StringBuilder name = new StringBuilder();
            while (peek() != EOF) {
                int ch = peek();
                if (name.length() == 0 && Character.isDigit(ch)) {
                    while (peek() != EOF && Character.isDigit(peek())) {
                        name.appendCodePoint(next());
                    }
                    return name.toString();
                }
                if (name.length() == 0 && "@*#?-$!0".indexOf(ch) >= 0) {
                    return Character.toString(next());
                }
                if (!Character.isLetter(ch) && !Character.isDigit(ch) && ch != '_') {
                    break;
                }
                name.appendCodePoint(next());
            }
            return name.toString();
        }
    }

    // ------------------------------------------------------------------ the shell's view of a shell-form RUN

    /**
     * A shell-form command line as a POSIX shell ({@code /bin/sh -c}) reads it: simple commands
     * joined by {@code &&}, each a list of words after quote removal, and everything else the shell
     * would do with the text (any expansion, another operator, a comment, a glob, a redirection)
     * listed in {@code surprises}.
     */
    public record ShellScript(List<List<String>> commands, List<String> surprises) {}

    public static ShellScript shell(String text) {
        List<List<String>> commands = new ArrayList<>();
        List<String> surprises = new ArrayList<>();
        List<String> command = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        boolean firstWordQuoted = false;
        int[] cps = text.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            if (c == ' ' || c == '\t') {
                if (inWord) {
                    command.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                continue;
            }
            if (c == '\'') {
                int end = i + 1;
                while (end < cps.length && cps[end] != '\'') {
                    word.appendCodePoint(cps[end++]);
                }
                if (end == cps.length) {
                    surprises.add("unterminated single quote");
                }
                if (command.isEmpty()) {
                    firstWordQuoted = true;
                }
                i = end;
                inWord = true;
                continue;
            }
            if (c == '"') {
                int end = i + 1;
                while (end < cps.length && cps[end] != '"') {
                    int d = cps[end];
                    if (d == '\\' && end + 1 < cps.length && "$`\"\\\n".indexOf(cps[end + 1]) >= 0) {
                        word.appendCodePoint(cps[++end]);
                    } else {
                        if (d == '$' || d == '`') {
                            surprises.add("expansion '" + Character.toString(d) + "' inside double quotes");
                        }
                        word.appendCodePoint(d);
                    }
                    end++;
                }
                if (end == cps.length) {
                    surprises.add("unterminated double quote");
                }
                if (command.isEmpty()) {
                    firstWordQuoted = true;
                }
                i = end;
                inWord = true;
                continue;
            }
            if (c == '\\') {
                if (i + 1 == cps.length) {
                    surprises.add("backslash at the end");
                } else if (cps[i + 1] == '\n') {
                    i++;
                } else {
                    word.appendCodePoint(cps[++i]);
                    inWord = true;
                }
                continue;
            }
            if (c == '&' && i + 1 < cps.length && cps[i + 1] == '&') {
                if (inWord) {
                    command.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
                if (command.isEmpty()) {
                    surprises.add("empty command before &&");
                }
                commands.add(checkAssignment(command, firstWordQuoted, surprises));
                command = new ArrayList<>();
                firstWordQuoted = false;
                i++;
                continue;
            }
            if (c == '#' && !inWord) {
                surprises.add("comment: " + new String(cps, i, cps.length - i));
                break;
            }
            if ("|;&()<>\n".indexOf(c) >= 0) {
                surprises.add("operator '" + Character.toString(c) + "'");
            } else if (c == '$' || c == '`') {
                surprises.add("unquoted '" + Character.toString(c) + "' expansion");
            } else if ("*?[".indexOf(c) >= 0) {
                surprises.add("unquoted glob '" + Character.toString(c) + "'");
            } else if (c == '~' && !inWord) {
                surprises.add("tilde expansion");
            } else if (c == '{' || c == '}') {
                surprises.add("unquoted brace '" + Character.toString(c) + "'");
            }
            word.appendCodePoint(c);
            inWord = true;
        }
        if (inWord) {
            command.add(word.toString());
        }
        if (!command.isEmpty() || !commands.isEmpty()) {
            commands.add(checkAssignment(command, firstWordQuoted, surprises));
        }
        return new ShellScript(List.copyOf(commands), List.copyOf(surprises));
    }

    private static List<String> checkAssignment(List<String> command, boolean firstWordQuoted, List<String> surprises) {
        if (command.isEmpty()) {
            surprises.add("empty command");
        } else if (!firstWordQuoted && command.get(0).matches("[A-Za-z_][A-Za-z0-9_]*=.*")) {
            surprises.add("variable assignment '" + command.get(0) + "' instead of a command");
        }
        return List.copyOf(command);
    }
}
