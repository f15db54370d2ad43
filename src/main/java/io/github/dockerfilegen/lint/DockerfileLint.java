package io.github.dockerfilegen.lint;

import io.github.dockerfilegen.model.ImageReference;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.model.SecretNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks a rendered Dockerfile, bundled or user template alike, before it is written: the rules of
 * hadolint and of BuildKit's checks that a Dockerfile we put our name on must meet, plus what plain
 * BuildKit without network access needs (no {@code # syntax=} frontend, no heredocs, no
 * {@code COPY --link}).
 */
public final class DockerfileLint {
    private static final Set<String> INSTRUCTIONS = Set.of(
            "FROM",
            "RUN",
            "CMD",
            "LABEL",
            "EXPOSE",
            "ENV",
            "ADD",
            "COPY",
            "ENTRYPOINT",
            "VOLUME",
            "USER",
            "WORKDIR",
            "ARG",
            "ONBUILD",
            "STOPSIGNAL",
            "HEALTHCHECK",
            "SHELL");
    private static final Pattern DIRECTIVE = Pattern.compile("#\\s*([a-zA-Z][a-zA-Z0-9]*)\\s*=\\s*(.*?)\\s*");
    private static final Pattern FROM =
            Pattern.compile("(?:--platform=\\S+\\s+)?(\\S+)(?:\\s+(as)\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern STAGE_NAME = Pattern.compile("[a-z][a-z0-9._-]*");
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{?([A-Za-z_][A-Za-z0-9_]*)(?::?[-+][^}]*)?}?");
    private static final Pattern LABEL_KEY = Pattern.compile("[a-z0-9]([a-z0-9._-]*[a-z0-9])?");

    private DockerfileLint() {}

    /** An instruction: keyword in upper case, arguments as written (continuations joined), start line. */
    record Instruction(int line, String keyword, String written, String arguments) {}

    public static List<Finding> check(String dockerfile) {
        List<Finding> findings = new ArrayList<>();
        List<Instruction> instructions = parse(dockerfile, findings);
        new Rules(findings).check(instructions);
        return findings;
    }

    /** Logical lines: comments dropped, backslash continuations joined, as Docker reads them. */
    static List<Instruction> parse(String dockerfile, List<Finding> findings) {
        List<Instruction> instructions = new ArrayList<>();
        String[] lines = dockerfile.split("\n", -1);
        boolean directivesAllowed = true;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                directivesAllowed = false;
                continue;
            }
            if (line.startsWith("#")) {
                Matcher directive = DIRECTIVE.matcher(line);
                if (directivesAllowed && directive.matches()) {
                    String name = directive.group(1).toLowerCase(Locale.ROOT);
                    if (name.equals("syntax")) {
                        findings.add(new Finding(
                                i + 1,
                                "syntax",
                                "a '# syntax=' directive pulls a frontend image at"
                                        + " build time; plain BuildKit needs none"));
                    } else if (name.equals("escape")) {
                        findings.add(
                                new Finding(i + 1, "escape", "'# escape=' changes how every line reads; keep '\\'"));
                    }
                } else {
                    directivesAllowed = false;
                }
                continue;
            }
            directivesAllowed = false;
            int start = i;
            StringBuilder logical = new StringBuilder();
            while (line.endsWith("\\") && i + 1 < lines.length) {
                logical.append(line, 0, line.length() - 1).append(' ');
                line = lines[++i].strip();
                while (line.startsWith("#") && i + 1 < lines.length) {
                    line = lines[++i].strip(); // comment lines inside a continuation are skipped
                }
            }
            logical.append(line);
            String text = logical.toString().strip();
            int space = text.indexOf(' ');
            String written = space < 0 ? text : text.substring(0, space);
            String arguments = space < 0 ? "" : text.substring(space + 1).strip();
            String keyword = written.toUpperCase(Locale.ROOT);
            if (!INSTRUCTIONS.contains(keyword)) {
                findings.add(new Finding(
                        start + 1,
                        "parse",
                        "'" + written + "' is not a Dockerfile instruction"
                                + (keyword.equals("MAINTAINER") ? " we accept (deprecated; use a LABEL)" : "")));
                continue;
            }
            instructions.add(new Instruction(start + 1, keyword, written, arguments));
        }
        return instructions;
    }

    /** The rules, applied in one pass that tracks stages, ARGs and the current user. */
    private static final class Rules {
        private final List<Finding> findings;
        private final Map<String, String> globalArgs = new HashMap<>();
        private final List<String> stages = new ArrayList<>();
        private boolean inStage;
        private boolean workdirSet;
        private boolean pipefail;
        private String user;
        private Instruction previous;
        private int userLine;
        private int entrypoints;

        Rules(List<Finding> findings) {
            this.findings = findings;
        }

        void check(List<Instruction> instructions) {
            if (instructions.isEmpty()) {
                add(1, "DL3061", "the Dockerfile has no instruction; it must start with FROM or ARG");
                return;
            }
            Instruction first = instructions.get(0);
            if (!first.keyword().equals("FROM") && !first.keyword().equals("ARG")) {
                add(first.line(), "DL3061", "a Dockerfile must start with FROM or ARG, not " + first.keyword());
            }
            for (Instruction in : instructions) {
                if (!in.written().equals(in.keyword())) {
                    add(in.line(), "instructionCasing", "write instructions in upper case: " + in.keyword());
                }
                switch (in.keyword()) {
                    case "ARG" -> arg(in);
                    case "FROM" -> from(in);
                    case "ADD" -> add(in.line(), "DL3020", "use COPY, not ADD, for files and folders");
                    case "COPY" -> copy(in);
                    case "WORKDIR" -> workdir(in);
                    case "USER" -> {
                        user = in.arguments();
                        userLine = in.line();
                    }
                    case "ENTRYPOINT", "CMD" -> execForm(in);
                    case "LABEL" -> labels(in);
                    case "ENV" -> env(in);
                    case "EXPOSE" -> expose(in);
                    case "SHELL" -> pipefail = in.arguments().contains("pipefail");
                    case "RUN" -> run(in, previous);
                    default -> {}
                }
                if (!inStage && !in.keyword().equals("ARG") && !in.keyword().equals("FROM")) {
                    add(in.line(), "DL3061", in.keyword() + " before the first FROM");
                }
                previous = in.keyword().equals("FROM") ? null : in;
            }
            if (entrypoints > 1) {
                add(
                        instructions.get(instructions.size() - 1).line(),
                        "instructionEntrypointMultiple",
                        "more than one ENTRYPOINT in the last stage; only the last one counts");
            }
            checkImageUser(instructions.get(instructions.size() - 1).line());
        }

        private void arg(Instruction in) {
            String[] parts = in.arguments().split("=", 2);
            String name = parts[0].strip();
            if (SecretNames.looksLikeSecret(name)) {
                add(
                        in.line(),
                        "SecretsUsedInArgOrEnv",
                        "ARG " + name + " looks like a secret, and build arguments"
                                + " are kept in the image history; use RUN --mount=type=secret");
            }
            if (!inStage) {
                globalArgs.put(name, parts.length > 1 ? unquote(parts[1].strip()) : null);
            }
        }

        private void from(Instruction in) {
            inStage = true;
            previous = null;
            workdirSet = false;
            user = null;
            entrypoints = 0;
            Matcher m = FROM.matcher(in.arguments());
            if (!m.matches()) {
                add(in.line(), "parse", "FROM takes an image and an optional 'AS name'");
                return;
            }
            String image = resolve(in, m.group(1));
            if (image != null && !image.equals("scratch") && !stages.contains(image.toLowerCase(Locale.ROOT))) {
                try {
                    ImageReference.parse(image);
                } catch (IllegalArgumentException e) {
                    add(in.line(), "DL3006", "image '" + image + "' " + e.getMessage());
                }
            }
            if (m.group(2) != null) {
                if (!m.group(2).equals(in.written().equals("FROM") ? "AS" : "as")) {
                    add(in.line(), "FromAsCasing", "write 'AS' in the same case as 'FROM'");
                }
                String name = m.group(3).toLowerCase(Locale.ROOT);
                if (!STAGE_NAME.matcher(name).matches() || name.equals("scratch") || name.equals("context")) {
                    add(in.line(), "ReservedStageName", "'" + m.group(3) + "' cannot name a stage");
                } else if (stages.contains(name)) {
                    add(in.line(), "DL3024", "stage name '" + name + "' is used twice");
                }
                stages.add(name);
            } else {
                stages.add("");
            }
        }

        /** The image a FROM names, with global ARG defaults substituted; null when it cannot be known. */
        private String resolve(Instruction in, String image) {
            Matcher v = VARIABLE.matcher(image);
            StringBuilder out = new StringBuilder();
            while (v.find()) {
                String name = v.group(1);
                if (!globalArgs.containsKey(name)) {
                    add(
                            in.line(),
                            "UndefinedArgInFrom",
                            "FROM uses $" + name + ", which no ARG before the first" + " FROM declares");
                    return null;
                }
                if (globalArgs.get(name) == null) {
                    add(
                            in.line(),
                            "InvalidDefaultArgInFrom",
                            "ARG " + name + " has no default, so FROM has no image" + " without --build-arg");
                    return null;
                }
                v.appendReplacement(out, Matcher.quoteReplacement(globalArgs.get(name)));
            }
            v.appendTail(out);
            return out.toString();
        }

        private void copy(Instruction in) {
            List<String> words = List.of(in.arguments().split("\\s+"));
            List<String> paths = new ArrayList<>();
            for (String word : words) {
                if (word.startsWith("--from=")) {
                    String from = word.substring("--from=".length()).toLowerCase(Locale.ROOT);
                    int current = stages.size() - 1;
                    if (from.equals(stages.get(current)) || from.equals(String.valueOf(current))) {
                        add(in.line(), "DL3023", "COPY --from cannot name its own stage");
                    } else if (!stages.subList(0, current).contains(from) && !from.matches("[0-9]+")) {
                        add(in.line(), "DL3022", "COPY --from=" + from + " names no earlier stage");
                    }
                } else if (word.equals("--link") || word.startsWith("--link=")) {
                    add(in.line(), "link", "COPY --link needs a newer frontend than plain BuildKit has; leave it out");
                } else if (!word.startsWith("--")) {
                    paths.add(word);
                }
            }
            if (in.arguments().contains("<<")) {
                add(in.line(), "heredoc", "heredocs need a newer frontend than plain BuildKit has");
            }
            if (paths.size() < 2 || in.arguments().strip().endsWith("]")) {
                return;
            }
            String destination = paths.get(paths.size() - 1);
            if (paths.size() > 2 && !destination.endsWith("/")) {
                add(in.line(), "DL3021", "COPY with more than one source needs a destination ending with '/'");
            }
            if (!destination.startsWith("/") && !destination.startsWith("$") && !workdirSet) {
                add(in.line(), "DL3045", "COPY to a relative path before any WORKDIR in this stage");
            }
        }

        private void workdir(Instruction in) {
            workdirSet = true;
            if (!in.arguments().startsWith("/")) {
                add(in.line(), "DL3000", "WORKDIR must be an absolute path, not '" + in.arguments() + "'");
            }
        }

        private void execForm(Instruction in) {
            if (JsonStrings.parseArray(in.arguments()).isEmpty()) {
                add(
                        in.line(),
                        "DL3025",
                        in.keyword() + " must be a JSON array (exec form), so the process gets"
                                + " signals, such as [\"java\", \"-jar\", \"/app/app.jar\"]");
            }
            if (in.keyword().equals("ENTRYPOINT")) {
                entrypoints++;
            }
        }

        private void labels(Instruction in) {
            for (Map.Entry<String, String> pair :
                    KeyValues.parse(in.arguments()).entrySet()) {
                if (!LABEL_KEY.matcher(pair.getKey()).matches()) {
                    add(
                            in.line(),
                            "DL3048",
                            "label key '" + pair.getKey() + "' is not lower-case letters, digits,"
                                    + " '.', '-' and '_'");
                }
            }
        }

        private void env(Instruction in) {
            for (String name : KeyValues.parse(in.arguments()).keySet()) {
                if (SecretNames.looksLikeSecret(name)) {
                    add(
                            in.line(),
                            "SecretsUsedInArgOrEnv",
                            "ENV " + name + " looks like a secret, and the image"
                                    + " keeps it for anyone to read; pass it at run time (docker run -e)");
                }
            }
        }

        private void expose(Instruction in) {
            for (String port : in.arguments().split("\\s+")) {
                // A range, 8000-8010/tcp, is two ports sharing the protocol.
                String protocol = port.contains("/") ? port.substring(port.indexOf('/')) : "";
                String numbers = port.substring(0, port.length() - protocol.length());
                if (numbers.isEmpty()
                        || !List.of(numbers.split("-", 2)).stream()
                                .allMatch(n -> Port.parse(n + protocol).isPresent())) {
                    add(in.line(), "DL3011", "'" + port + "' is not a port such as 8080 or 8080/udp");
                }
            }
        }

        private void run(Instruction in, Instruction before) {
            if (before != null
                    && before.keyword().equals("RUN")
                    && flags(before).equals(flags(in))) {
                add(
                        in.line(),
                        "DL3059",
                        "two RUN instructions in a row with the same mounts; join them with &&" + " into one layer");
            }
            String shell = outsideQuotes(in.arguments());
            if (shell.contains("<<")) {
                add(in.line(), "heredoc", "heredocs need a newer frontend than plain BuildKit has");
            }
            if (!pipefail && !shell.strip().startsWith("[") && shell.matches(".*[^|]\\|[^|].*")) {
                add(
                        in.line(),
                        "DL4006",
                        "a piped RUN hides failures of all but the last command; put"
                                + " SHELL [\"/bin/sh\", \"-o\", \"pipefail\", \"-c\"] before it");
            }
        }

        /** A RUN's leading --flags (mounts, network), which decide whether two RUNs could be one. */
        private static List<String> flags(Instruction run) {
            List<String> flags = new ArrayList<>();
            for (String word : run.arguments().split("\\s+")) {
                if (!word.startsWith("--")) {
                    break;
                }
                flags.add(word);
            }
            return flags;
        }

        /** DL3002 and DL3066: the image's user, the last stage's, is set, numeric and not root. */
        private void checkImageUser(int lastLine) {
            if (user == null) {
                add(lastLine, "DL3002", "the last stage sets no USER, so the image runs as root; add USER 65532:65532");
                return;
            }
            Optional<RuntimeUser> numeric = RuntimeUser.parse(user);
            if (numeric.isEmpty()) {
                add(
                        userLine,
                        "DL3066",
                        "USER '" + user + "' is not a numeric uid[:gid]; Kubernetes' runAsNonRoot"
                                + " can only verify a number");
            } else if (numeric.get().isRoot()) {
                add(userLine, "DL3002", "the image's last USER is root");
            }
        }

        private void add(int line, String rule, String message) {
            findings.add(new Finding(line, rule, message));
        }

        private static String unquote(String value) {
            return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
                    ? value.substring(1, value.length() - 1)
                    : value;
        }
    }

    /** Shell text with every quoted or escaped character blanked: what the shell reads as syntax. */
    static String outsideQuotes(String shell) {
        StringBuilder out = new StringBuilder(shell.length());
        char quote = 0;
        for (int i = 0; i < shell.length(); i++) {
            char c = shell.charAt(i);
            if (c == '\\' && quote != '\'' && i + 1 < shell.length()) {
                out.append("__");
                i++;
            } else if (quote == 0 && (c == '\'' || c == '"')) {
                quote = c;
                out.append('_');
            } else if (quote != 0) {
                quote = c == quote ? 0 : quote;
                out.append('_');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
