package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.core.Generator;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ImageArg;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.model.Text;
import io.github.dockerfilegen.render.DockerfileModel.Instruction;
import io.github.dockerfilegen.render.DockerfileModel.ShellScript;
import io.github.dockerfilegen.render.DockerfileModel.Stage;
import io.github.dockerfilegen.render.DockerfileModel.SyntaxError;
import io.github.dockerfilegen.render.DockerfileModel.VariableReference;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * "No injection": hostile values at every configuration parameter and every piece of POM data that
 * reaches the Dockerfile. Each value is either rejected with a {@link ConfigurationException} naming
 * its element, or the Dockerfile, read back by the independent {@link DockerfileModel}, has the
 * baseline's instructions and says exactly what the {@link BuildPlan} says, with no variable
 * expansion nobody planned. Anything else (another exception, a template failure, a Dockerfile
 * BuildKit refuses) fails the test.
 *
 * <p>Reproducible: a fixed seed ({@code -Dfuzz.seed=...} to change it, printed on failure), one
 * random stream per parameter; {@code -Dfuzz.perParameter=N} sets how many values each gets.
 */
class InjectionFuzzTest {
    private static final long SEED = Long.getLong("fuzz.seed", 0x1D0C4E7F11E5L);
    private static final int PER_PARAMETER = Integer.getInteger("fuzz.perParameter", 5000);
    private static final String GENERATOR_VERSION = "1.0.0";
    private static final String FUZZ_LABEL = "org.example.fuzz";
    private static final String FUZZ_ENV = "FUZZ";
    private static final int MAX_EXAMPLES = 40;
    private static final java.lang.management.ThreadMXBean CPU =
            java.lang.management.ManagementFactory.getThreadMXBean();

    // ------------------------------------------------------------------ what one case is built from

    /** Everything the pipeline reads, as the Mojo and inspection would hand it over; a rich baseline. */
    static final class Inputs {
        String javaVersion;
        String mainClass;
        String runtime;
        String builderImage;
        String runtimeImage;
        String user = "10001:10001";
        String outputDirectory = "target";
        List<String> builderArgs = new ArrayList<>(List.of("-Pprod", "-Dfuzz=benign"));
        List<String> jvmOptions = new ArrayList<>(List.of("-Xss1m", "-Dfuzz=benign"));
        List<String> args = new ArrayList<>(List.of("server", "fuzz=benign"));
        List<String> ports = new ArrayList<>(List.of("8080", "9090/udp"));
        List<String> writableDirectories = new ArrayList<>(List.of("/app/data", "/var/cache/fuzz"));
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> env = new LinkedHashMap<>();
        final Fixtures project = Fixtures.plainJar();

        Inputs() {
            labels.put("org.example.team", "payments");
            labels.put(FUZZ_LABEL, "benign");
            env.put("APP_MODE", "prod");
            env.put(FUZZ_ENV, "benign");
        }

        GeneratorConfig config() throws ConfigurationException {
            return GeneratorConfig.builder()
                    .javaVersion(javaVersion)
                    .mainClass(mainClass)
                    .runtime(runtime)
                    .builderImage(builderImage)
                    .runtimeImage(runtimeImage)
                    .builderArgs(builderArgs)
                    .jvmOptions(jvmOptions)
                    .args(args)
                    .ports(ports)
                    .writableDirectories(writableDirectories)
                    .labels(labels)
                    .env(env)
                    .user(user)
                    .outputDirectory(outputDirectory)
                    .build();
        }

        void metadata(java.util.function.UnaryOperator<ProjectMetadata> change) {
            project.metadata = change.apply(project.metadata);
        }

        void dependency(java.util.function.UnaryOperator<RuntimeDependency> change) {
            List<RuntimeDependency> deps = new ArrayList<>(project.dependencies);
            deps.set(0, change.apply(deps.get(0)));
            project.dependencies = deps;
        }
    }

    /**
     * A parameter under attack.
     *
     * @param name what the summary calls it
     * @param elements what a rejection must name (any one of them)
     * @param base a valid value, to mutate into near-valid ones
     * @param alphabet characters a valid value is made of, for near-valid values
     * @param edges hand-picked values tried first, besides the common ones
     * @param baseline adjusts the baseline inputs for this parameter
     * @param apply puts the hostile value in
     * @param planCheck for configuration values: how the plan must hold a value it accepted (null: fine)
     * @param usable values this parameter cannot take without changing the baseline's shape
     */
    record Param(
            String name,
            List<String> elements,
            String base,
            String alphabet,
            List<String> edges,
            Consumer<Inputs> baseline,
            BiConsumer<Inputs, String> apply,
            BiFunction<BuildPlan, String, String> planCheck,
            Predicate<String> usable) {}

    private static final String PRINTABLE =
            "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" + " !\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
    private static final String IDENTIFIER =
            "abcxyzABCXYZ019_$.\u00e9\u00df\u4e2d\u0394\u0301\u0663\u00aa\u0000\u0008\u007f"
                    + "\u0085\u009f\u200b\u200e\u202e\ufeff\u00ad";

    static List<Param> params() {
        List<Param> p = new ArrayList<>();
        Consumer<Inputs> none = in -> {};
        Predicate<String> any = v -> true;
        p.add(new Param(
                "labels (value)",
                List.of("<labels/" + FUZZ_LABEL + ">"),
                "payments",
                PRINTABLE,
                List.of(),
                none,
                (in, v) -> in.labels.put(FUZZ_LABEL, v),
                (plan, v) -> same("label", v, plan.runtimeStage().labels().get(FUZZ_LABEL)),
                any));
        p.add(new Param(
                "labels (key)",
                List.of("<labels>"),
                "org.example.fuzz",
                "abcxyz019.-_ABZ:/ =\"'$\\",
                List.of("com.docker.x", "org.opencontainers.image.title", "a", "A", "a.", ".a", "a..b", "a-_.b"),
                none,
                (in, v) -> {
                    in.labels.remove(FUZZ_LABEL);
                    in.labels.put(v, "benign");
                },
                (plan, v) -> same(
                        "label " + v, "benign", plan.runtimeStage().labels().get(v)),
                any));
        p.add(new Param(
                "env (value)",
                List.of("<env/" + FUZZ_ENV + ">"),
                "UTC",
                PRINTABLE,
                List.of(),
                none,
                (in, v) -> in.env.put(FUZZ_ENV, v),
                (plan, v) -> same("env", v, plan.runtimeStage().env().get(FUZZ_ENV)),
                any));
        p.add(new Param(
                "env (name)",
                List.of("<env>"),
                "TZ",
                "ABCZabcz019_$-.= ",
                List.of("PATH", "_", "A1", "1A", "DB_PASSWORD"),
                none,
                (in, v) -> {
                    in.env.remove(FUZZ_ENV);
                    in.env.put(v, "benign");
                },
                (plan, v) ->
                        same("env " + v, "benign", plan.runtimeStage().env().get(v)),
                v -> !v.equals("APP_MODE")));
        p.add(new Param(
                "jvmOptions",
                List.of("<jvmOptions>"),
                "-Dfuzz=x",
                PRINTABLE,
                List.of("-", "-Dmsg=it's \"quoted\" $USER \\", "--", "-X", "-cp"),
                none,
                (in, v) -> in.jvmOptions.set(1, v),
                (plan, v) -> v.isBlank() || plan.runtimeStage().entrypoint().contains(v.trim())
                        ? null
                        : "the plan's entrypoint lacks " + show(v.trim()),
                any));
        p.add(new Param(
                "args",
                List.of("<args>"),
                "fuzz=x",
                PRINTABLE,
                List.of("\"]\nRUN id", "it's \"quoted\" $USER \\", "--", "-jar", "CMD"),
                none,
                (in, v) -> in.args.set(1, v),
                (plan, v) -> v.isBlank() || plan.runtimeStage().cmd().contains(v.trim())
                        ? null
                        : "the plan's CMD lacks " + show(v.trim()),
                any));
        p.add(new Param(
                "writableDirectories",
                List.of("<writableDirectories>"),
                "/var/cache/fuzz",
                "abcABC019._-/\\ ",
                List.of("/", "//", "/app/..", "/./a", "a/b", "/a b", "~/x", "/a/", "/a//b"),
                none,
                (in, v) -> in.writableDirectories.set(1, v),
                (plan, v) -> {
                    String folder = v.trim().replaceAll("(.)/+$", "$1");
                    String parent = folder.substring(0, folder.lastIndexOf('/') + 1);
                    return v.isBlank()
                                    || plan.runtimeStage().copies().stream()
                                            .anyMatch(copy -> copy.target().equals(parent))
                            ? null
                            : "the plan copies nothing into " + show(parent);
                },
                // A blank value, or one beside /app/data, makes one COPY fewer than the baseline's.
                v -> !v.isBlank() && !v.trim().matches("/app/[^/]*/*")));
        p.add(new Param(
                "builderArgs",
                List.of("<builderArgs>"),
                "-Dfuzz=x",
                PRINTABLE,
                List.of("-Dx=a|b", "-Dx=<<EOF", "-f", "package", "&&"),
                none,
                (in, v) -> in.builderArgs.set(1, v),
                (plan, v) -> v.isBlank() || mavenCommand(plan).contains(v.trim())
                        ? null
                        : "the plan's Maven command lacks " + show(v.trim()),
                any));
        for (String image : List.of("builderImage", "runtimeImage")) {
            boolean builder = image.equals("builderImage");
            p.add(new Param(
                    image,
                    List.of("<" + image + ">"),
                    "eclipse-temurin:21-jre-noble",
                    "abcxyz019._-/:@ABZ[]",
                    imageEdges(),
                    // A builder image of the user's keeps its own MAVEN_OPTS: no ENV of Maven's options.
                    builder ? in -> in.builderImage = "eclipse-temurin:21-jre-noble" : none,
                    (in, v) -> {
                        if (builder) {
                            in.builderImage = v;
                        } else {
                            in.runtimeImage = v;
                        }
                    },
                    (plan, v) -> v.isBlank()
                            ? null
                            : same(
                                    image,
                                    v.trim(),
                                    plan.imageArgs().get(builder ? 0 : 1).image()),
                    // A blank builder image is the default one, which gets that ENV.
                    builder ? v -> !v.isBlank() : any));
        }
        p.add(new Param(
                "mainClass",
                List.of("<mainClass>"),
                "com.example.Main",
                IDENTIFIER,
                classEdges(),
                none,
                (in, v) -> in.mainClass = v,
                (plan, v) -> v.isBlank()
                        ? null
                        : same("main class", v, last(plan.runtimeStage().entrypoint())),
                any));
        p.add(new Param(
                "ports",
                List.of("<ports>"),
                "8080",
                "0123456789/tcpudpsTCP -",
                List.of(
                        "0",
                        "1",
                        "65535",
                        "65536",
                        "99999",
                        "08080",
                        "8080/UDP",
                        "8080/sctp",
                        "8080/tcp/udp",
                        "8080-8090",
                        "\uff18\uff10",
                        "\u0668\u0660"),
                none,
                (in, v) -> in.ports.set(1, v),
                (plan, v) -> v.isBlank()
                                || Port.parse(v)
                                        .map(plan.runtimeStage().ports()::contains)
                                        .orElse(false)
                        ? null
                        : "the plan's ports lack " + show(v),
                any));
        p.add(new Param(
                "user",
                List.of("<user>"),
                "10001:10001",
                "0123456789: -",
                List.of(
                        "0",
                        "0:0",
                        "1:0",
                        "00",
                        "2147483647",
                        "2147483648",
                        "1:99999999999",
                        "root",
                        "1:1:1",
                        "\u0661"),
                none,
                (in, v) -> in.user = v,
                (plan, v) -> v.isBlank()
                        ? null
                        : same(
                                "user",
                                RuntimeUser.parse(v).map(Object::toString).orElse(v),
                                plan.runtimeStage().user().toString()),
                any));
        p.add(new Param(
                "outputDirectory",
                List.of("<outputDirectory>"),
                "src/main/docker",
                "abcABC019._-/\\ ",
                List.of(".", "./", "/", "..", "a/../..", "a\\b", "-rf", "target/", "~", "C:\\x"),
                none,
                (in, v) -> in.outputDirectory = v,
                (plan, v) -> null,
                any));
        p.add(new Param(
                "javaVersion",
                List.of("<javaVersion>"),
                "21",
                "0123456789.1 ",
                List.of("1.8", "8", "26", "999", "0", "1.17", "17.0"),
                none,
                (in, v) -> in.javaVersion = v,
                (plan, v) -> null,
                any));
        p.add(new Param(
                "runtime",
                List.of("<runtime>"),
                "temurin",
                "distrolestmuriapne ",
                List.of("distroless", "ALPINE", " alpine ", "temurin\u0000"),
                none,
                (in, v) -> in.runtime = v,
                (plan, v) -> null,
                any));

        // POM data: folded, checked or quoted by the planner; compared with the plan.
        p.add(pom(
                "name",
                List.of("<name>"),
                "Hello",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        Optional.of(v),
                        m.description(),
                        m.url(),
                        m.scmUrl(),
                        m.scmConnection(),
                        m.organization(),
                        m.licenseNames()))));
        p.add(pom(
                "description",
                List.of("<description>"),
                "A small\n   command-line application.",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        m.name(),
                        Optional.of(v),
                        m.url(),
                        m.scmUrl(),
                        m.scmConnection(),
                        m.organization(),
                        m.licenseNames()))));
        p.add(pom(
                "url",
                List.of("<url>"),
                "https://example.com/hello",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        m.name(),
                        m.description(),
                        Optional.of(v),
                        m.scmUrl(),
                        m.scmConnection(),
                        m.organization(),
                        m.licenseNames()))));
        p.add(pom(
                "scm url",
                List.of("<scm>"),
                "https://github.com/example/hello",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        m.name(),
                        m.description(),
                        m.url(),
                        Optional.of(v),
                        m.scmConnection(),
                        m.organization(),
                        m.licenseNames()))));
        p.add(pom(
                "organization",
                List.of("<organization>"),
                "Example Corp",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        m.name(),
                        m.description(),
                        m.url(),
                        m.scmUrl(),
                        m.scmConnection(),
                        Optional.of(v),
                        m.licenseNames()))));
        p.add(pom(
                "license name",
                List.of("<licenses>", "<license>"),
                "Apache-2.0",
                in -> {},
                (in, v) -> in.metadata(m -> new ProjectMetadata(
                        m.name(),
                        m.description(),
                        m.url(),
                        m.scmUrl(),
                        m.scmConnection(),
                        m.organization(),
                        List.of("MIT", v)))));
        p.add(pom("version", List.of("<version>"), "1.0.0", in -> {}, (in, v) -> in.project.version = v));
        // With no <name>, the artifactId is the title label as well as the image name.
        p.add(pom(
                "artifactId",
                List.of("<artifactId>"),
                "hello",
                in -> in.metadata(m -> new ProjectMetadata(
                        Optional.empty(),
                        m.description(),
                        m.url(),
                        m.scmUrl(),
                        m.scmConnection(),
                        m.organization(),
                        m.licenseNames())),
                (in, v) -> in.project.artifactId = v));
        p.add(pom("finalName", List.of("<finalName>"), "hello-1.0.0", in -> {}, (in, v) -> in.project.finalName = v));
        p.add(new Param(
                "mainClass (from the POM)",
                List.of("<mainClass>"),
                "com.example.hello.Main",
                IDENTIFIER,
                classEdges(),
                in -> {},
                (in, v) -> in.project.mainClass(v),
                (plan, v) -> null,
                v -> true));
        p.add(pom(
                "Java level (from the POM)",
                List.of("maven.compiler.release"),
                "17",
                in -> {},
                (in, v) -> in.project.pomProperties.put("maven.compiler.release", v)));
        List<String> dependency = List.of("<dependency>", "<dependencies>");
        p.add(pom(
                "dependency groupId",
                dependency,
                "org.apache.commons",
                in -> {},
                (in, v) -> in.dependency(d -> new RuntimeDependency(
                        v, d.artifactId(), d.baseVersion(), d.classifier(), d.extension(), d.reactorArtifact()))));
        p.add(pom(
                "dependency artifactId",
                dependency,
                "commons-text",
                in -> {},
                (in, v) -> in.dependency(d -> new RuntimeDependency(
                        d.groupId(), v, d.baseVersion(), d.classifier(), d.extension(), d.reactorArtifact()))));
        p.add(pom(
                "dependency version",
                dependency,
                "1.15.0",
                in -> {},
                (in, v) -> in.dependency(d -> new RuntimeDependency(
                        d.groupId(), d.artifactId(), v, d.classifier(), d.extension(), d.reactorArtifact()))));
        p.add(pom(
                "dependency classifier",
                dependency,
                "sources",
                in -> {},
                (in, v) -> in.dependency(d -> new RuntimeDependency(
                        d.groupId(),
                        d.artifactId(),
                        d.baseVersion(),
                        v.isEmpty() ? Optional.empty() : Optional.of(v),
                        d.extension(),
                        d.reactorArtifact()))));
        p.add(pom(
                "dependency type",
                dependency,
                "jar",
                in -> {},
                (in, v) -> in.dependency(d -> new RuntimeDependency(
                        d.groupId(), d.artifactId(), d.baseVersion(), d.classifier(), v, d.reactorArtifact()))));
        return p;
    }

    private static Param pom(
            String name,
            List<String> elements,
            String base,
            Consumer<Inputs> baseline,
            BiConsumer<Inputs, String> apply) {
        return new Param(name, elements, base, PRINTABLE, List.of(), baseline, apply, (plan, v) -> null, v -> true);
    }

    private static List<String> imageEdges() {
        return List.of(
                "maven:3",
                "maven",
                "maven:latest",
                "MAVEN:3",
                "localhost:5000/a/b:1",
                "[::1]:5000/a:1",
                "a@sha256:" + "0".repeat(64),
                "a:" + "t".repeat(128),
                "a:" + "t".repeat(129),
                "a".repeat(255) + ":1",
                "a".repeat(256) + ":1",
                "a-".repeat(3000) + "a:1",
                "a/".repeat(3000) + "a:1",
                "a.".repeat(3000) + "a/b:1",
                "a__b:1",
                "a___b:1",
                "-a:1",
                "a:-1",
                "a:1 ",
                " a:1",
                "${X}:1",
                "a:${X}");
    }

    private static List<String> classEdges() {
        return List.of(
                "Main",
                "com.example.Main$Inner",
                "$",
                "_",
                "a..b",
                ".a",
                "a.",
                "1a",
                "a.1b",
                "com.exa\u0301mple.M",
                "com.\u4e2d\u6587.Main",
                "com.example.Main\u0000",
                "com.example.Ma\u0085in",
                "com.example.Main\u200b",
                "com.example.Ma\u202ein",
                "\ufeffcom.example.Main",
                "a.".repeat(3000) + "Main",
                "\u00e9".repeat(12000),
                "a".repeat(40000));
    }

    private static String same(String what, String expected, String actual) {
        return expected.equals(actual)
                ? null
                : "the plan's " + what + " is " + show(actual) + ", not " + show(expected);
    }

    private static String last(List<String> list) {
        return list.get(list.size() - 1);
    }

    // ------------------------------------------------------------------ hostile values

    private static final int[] SEPARATORS = {
        0x2028, 0x2029, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x202f, 0x205f, 0x3000, 0xfeff, 0x200b, 0x200e, 0x202e,
        0x2066, 0xfffd, 0xfffe, 0xffff,
    };
    private static final String SPECIALS = "\"'\\$`#;|&<>[]{}()=*?~ ";
    private static final String[] FRAGMENTS = {
        "\n",
        "\r",
        "\r\n",
        "\u2028",
        "\u2029",
        "\u0085",
        "\u0000",
        "\u0007",
        "\u0008",
        "\t",
        "\u000b",
        "\f",
        "\u001b[31m",
        "\u007f",
        "\u009b",
        "\"",
        "'",
        "\\",
        "\\\\",
        "\\\n",
        "\\\"",
        "\\'",
        "\\$",
        "$",
        "$$",
        "${X}",
        "${PATH}",
        "$HOME",
        "$1",
        "$@",
        "$(id)",
        "`id`",
        "${X:-$(id)}",
        "${X:+y}",
        "${X?}",
        "${",
        "}",
        "{",
        "#",
        " # c",
        "&&",
        "&",
        ";",
        "|",
        "||",
        ">",
        "<",
        "<<EOF",
        "<<-'EOF'",
        "]",
        "[",
        "\", \"x",
        "\"]",
        "[\"",
        "\"\\",
        "=",
        "==",
        " ",
        "  ",
        "\u00a0",
        "\u3000",
        "\u200b",
        "\ufeff",
        "\u202e",
        "\u00e9",
        "e\u0301",
        "\u65e5\u672c",
        "\uD83D\uDE00",
        "\uD835\uDD18",
        "*",
        "?",
        "~",
        "%",
        "@",
        ",",
        ":",
        "/",
        "-",
        "--",
        "--mount=type=bind,target=/x",
        "\nRUN id",
        "\nFROM scratch",
        "\n# escape=`",
        "\\\nRUN id",
        "\" \\\nLABEL x=\"y",
        "\"]\nENTRYPOINT [\"sh",
        "' && id && '",
        "ENTRYPOINT",
        "LABEL",
        "[=plan.runtime.user]",
        "${plan}",
        "<#list>",
        "!",
        "\"\"",
        "''",
        "`",
        "\\u0022",
        "\\n",
        "</x>",
        "&amp;",
    };

    /** One hostile value generator per parameter, seeded from the run's seed and the parameter's name. */
    static final class Hostile {
        private final Random random;
        private final Param param;
        private int edge;
        private final List<String> edges = new ArrayList<>();

        Hostile(long seed, Param param) {
            this.random = new Random(seed ^ (0x9E3779B97F4A7C15L * (param.name().hashCode() + 1L)));
            this.param = param;
            String b = param.base();
            edges.addAll(List.of(
                    "",
                    " ",
                    "\t",
                    "\n",
                    "\u3000",
                    " \u00a0 ",
                    b + "\nRUN id",
                    b + "\r\nRUN id",
                    b + "\rRUN id",
                    b + "\u2028RUN id",
                    b + "\u2029",
                    b + "\u0085",
                    b + "\u0000",
                    b + "\u001b[2J",
                    "\n" + b,
                    b + "\n",
                    b + "\\",
                    b + "\\\\",
                    "\\",
                    b + "\\\nRUN id",
                    b + "\\ ",
                    b + "\"",
                    "\"",
                    b + "\" \\\n  x=\"y",
                    b + "'",
                    "$HOME",
                    "${PATH}",
                    b + "$X",
                    b + "${X}",
                    b + "\\$X",
                    "$(id)",
                    "`id`",
                    "${X:-$(id)}",
                    b + "$",
                    b + "$$",
                    "#",
                    "# escape=`",
                    b + " # c",
                    b + " && id",
                    b + "; id",
                    b + " | id",
                    b + "|id",
                    "]",
                    "[",
                    b + "\", \"x",
                    b + "\"]",
                    "[\"x\"]",
                    b + "<<EOF",
                    "<<EOF",
                    b + " <<-'EOF'",
                    "\u00e9",
                    "e\u0301",
                    "\u65e5\u672c\u8a9e",
                    "\uD83D\uDE00",
                    b + "\uD83D\uDE00",
                    "\u200b",
                    "\ufeff" + b,
                    b + "\u202e",
                    b + "=x",
                    "=",
                    fill(b, 'x', 4096),
                    fill(b, 'x', 4097),
                    fill(b, 'x', 4000),
                    "\"".repeat(4096),
                    "\\".repeat(4096),
                    "$".repeat(4096),
                    "\u00e9".repeat(4096),
                    "\uD83D\uDE00".repeat(2048),
                    "'".repeat(4096),
                    fill(b, '\\', 4096),
                    fill(b, '"', 4097),
                    longFromAlphabet(b, param.alphabet(), 20000, new Random(1)),
                    "\"".repeat(40000)));
            edges.addAll(param.edges());
        }

        private static String fill(String base, char c, int length) {
            StringBuilder out = new StringBuilder(base);
            while (out.length() < length) {
                out.append(c);
            }
            return out.substring(0, length);
        }

        private static String longFromAlphabet(String base, String alphabet, int length, Random random) {
            StringBuilder out = new StringBuilder(base);
            while (out.length() < length) {
                out.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            return out.substring(0, length);
        }

        /** The next value: the hand-picked edges first, then random ones of every kind. */
        String next() {
            String value;
            do {
                value = edge < edges.size() ? edges.get(edge++) : random();
            } while (!param.usable().test(value));
            return value;
        }

        private String random() {
            int k = random.nextInt(100);
            if (k < 16) {
                return fragments(1 + random.nextInt(6));
            } else if (k < 36) {
                return insert(param.base(), fragments(1 + random.nextInt(3)));
            } else if (k < 48) {
                return insert(param.base(), new String(Character.toChars(codePoint())));
            } else if (k < 56) {
                return codePoints(1 + random.nextInt(48));
            } else if (k < 72) {
                return nearValid();
            } else if (k < 73) {
                return longValue(3900 + random.nextInt(197));
            } else if (k < 74) {
                return longValue(4097 + random.nextInt(6000));
            } else if (k < 78) {
                return List.of("", " ", "  ", "\t", "\u3000", "\u00a0", "\u2007", " \t ")
                        .get(random.nextInt(8));
            }
            // Mixtures of the above.
            StringBuilder out = new StringBuilder();
            for (int n = 2 + random.nextInt(2); n > 0; n--) {
                out.append(
                        switch (random.nextInt(4)) {
                            case 0 -> fragments(2);
                            case 1 -> nearValid();
                            case 2 -> codePoints(4);
                            default -> param.base();
                        });
            }
            return out.toString();
        }

        private String fragments(int count) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            }
            return out.toString();
        }

        private String insert(String base, String text) {
            int at = random.nextInt(4) == 0 ? base.length() : random.nextInt(base.length() + 1);
            return base.substring(0, at) + text + base.substring(at);
        }

        /** Controls, separators, quotes, and code points from all over Unicode (BMP, astral, combining). */
        private int codePoint() {
            return switch (random.nextInt(8)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x7f + random.nextInt(0x21);
                case 2 -> SPECIALS.charAt(random.nextInt(SPECIALS.length()));
                case 3 -> SEPARATORS[random.nextInt(SEPARATORS.length)];
                case 4 -> 0x300 + random.nextInt(0x70); // combining marks
                case 5 -> 0x10000 + random.nextInt(0x10FFFF - 0x10000); // astral
                case 6 -> 0x20 + random.nextInt(0x5f);
                default -> {
                    int c;
                    do {
                        c = random.nextInt(0x10000);
                    } while (Character.isSurrogate((char) c));
                    yield c;
                }
            };
        }

        private String codePoints(int count) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < count; i++) {
                out.appendCodePoint(codePoint());
            }
            return out.toString();
        }

        /** Made of the parameter's own characters, so that many pass validation; sometimes one hostile one. */
        private String nearValid() {
            String alphabet = param.alphabet();
            StringBuilder out = new StringBuilder();
            if (random.nextBoolean()) {
                out.append(param.base());
                for (int n = 1 + random.nextInt(4); n > 0; n--) {
                    int at = random.nextInt(out.length() + 1);
                    out.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                }
            } else {
                for (int n = 1 + random.nextInt(30); n > 0; n--) {
                    out.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
            }
            if (random.nextInt(4) == 0) {
                out.insert(random.nextInt(out.length() + 1), Character.toChars(codePoint()));
            }
            return out.toString();
        }

        private String longValue(int length) {
            return switch (random.nextInt(6)) {
                case 0 -> longFromAlphabet(param.base(), param.alphabet(), length, random);
                case 1 -> fill(param.base(), "\"\\$'`#".charAt(random.nextInt(6)), length);
                case 2 -> {
                    StringBuilder out = new StringBuilder();
                    while (out.length() < length) {
                        out.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
                    }
                    int end = Character.isHighSurrogate(out.charAt(length - 1)) ? length - 1 : length;
                    yield out.substring(0, end);
                }
                case 3 -> {
                    StringBuilder out = new StringBuilder(param.base());
                    while (out.length() < length) {
                        out.appendCodePoint(codePoint());
                    }
                    yield out.toString();
                }
                case 4 -> "\u00e9\u4e2d\uD83D\uDE00".repeat(length / 4 + 1).substring(0, length / 2 * 2);
                default -> longFromAlphabet(param.base(), param.alphabet(), length, random) + fragments(2);
            };
        }
    }

    // ------------------------------------------------------------------ running one case

    enum Outcome {
        FAITHFUL,
        REJECTED,
        FAILED
    }

    /** What a parameter's baseline render looks like, to compare hostile renders with. */
    record Baseline(List<String> keywords, int comments, long ignoreLines) {}

    static final class Run {
        final Param param;
        final Generator generator;
        final Baseline baseline;
        long nanos;
        long cpuNanos;
        int tried;
        int faithful;
        int rejected;
        final List<String> failures = new ArrayList<>();

        Run(Param param) throws ConfigurationException {
            this.param = param;
            this.generator = new Generator(GENERATOR_VERSION, Optional.empty());
            Inputs in = new Inputs();
            param.baseline().accept(in);
            Generation.Generated generated = generated(generator, in, in.config());
            BuildPlan plan = generated.plan();
            RenderedFiles files = files(generated);
            DockerfileModel model = DockerfileModel.parse(files.dockerfile());
            this.baseline = new Baseline(
                    model.keywords(),
                    model.comments().size(),
                    files.dockerignore().lines().count());
            String problem = faithfulness(plan, files, baseline);
            assertEquals(null, problem, "the baseline for " + param.name() + " must itself render faithfully");
        }

        void attempt(int index, String value) {
            tried++;
            Inputs in = new Inputs();
            param.baseline().accept(in);
            param.apply().accept(in, value);
            String problem;
            try {
                GeneratorConfig config = in.config();
                Generation.Generated generated = generated(generator, in, config);
                problem = param.planCheck().apply(generated.plan(), value);
                if (problem == null) {
                    problem = faithfulness(generated.plan(), files(generated), baseline);
                }
                if (problem == null) {
                    faithful++;
                    return;
                }
            } catch (ConfigurationException e) {
                problem = rejection(value, e.getMessage());
                if (problem == null) {
                    rejected++;
                    return;
                }
            } catch (StackOverflowError | RuntimeException e) {
                problem = e.getClass().getName() + ": " + firstLine(e.getMessage());
            }
            if (failures.size() < MAX_EXAMPLES) {
                failures.add(param.name() + " #" + index + " " + show(value) + "\n      -> " + problem);
            } else {
                failures.add(null);
            }
        }

        private String rejection(String value, String message) {
            if (param.elements().stream().noneMatch(message::contains)) {
                return "rejected, but the message names none of " + param.elements() + ": " + firstLines(message);
            }
            String leak = rawControls(value, message);
            return leak == null
                    ? null
                    : "rejected, but the message repeats the value's " + leak + " raw: " + show(message);
        }
    }

    /**
     * A control character or line break of the value that the message shows raw (so it could fake log
     * lines or drive a terminal), besides the line ends that list the problems ("\n  - ", "\n    ").
     */
    private static String rawControls(String value, String message) {
        String body = message.replace("\n  - ", "").replace("\n    ", "");
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (Text.isLineBreakOrControl(c) && value.indexOf(c) >= 0) {
                return String.format("U+%04X", (int) c);
            }
        }
        return null;
    }

    /** Null when the Dockerfile reads back as the plan; else what differs. */
    /** The goals' run: plan, render and stamp, without Maven. */
    static Generation.Generated generated(Generator generator, Inputs in, GeneratorConfig config)
            throws ConfigurationException {
        return (Generation.Generated) generator.generate(in.project.facts(), config);
    }

    /** The generated files as written, checksum lines included. */
    static RenderedFiles files(Generation.Generated generated) {
        return new RenderedFiles(
                generated.dockerfile().content(), generated.dockerignore().content());
    }

    static String faithfulness(BuildPlan plan, RenderedFiles files, Baseline baseline) {
        DockerfileModel model;
        try {
            model = DockerfileModel.parse(files.dockerfile());
        } catch (SyntaxError e) {
            return "BuildKit would refuse the Dockerfile: " + e.getMessage();
        }
        if (!model.keywords().equals(baseline.keywords())) {
            return "instructions " + model.keywords() + " instead of " + baseline.keywords();
        }
        if (!model.directives().isEmpty() || model.escapeToken() != '\\') {
            return "parser directives " + model.directives();
        }
        if (model.comments().size() != baseline.comments()) {
            return model.comments().size() + " comment lines instead of " + baseline.comments();
        }
        String header = expectComment(model, "Build:", plan.buildCommand());
        header = header != null ? header : expectComment(model, "Run:", plan.runCommand());
        if (header != null) {
            return header;
        }
        for (Instruction in : model.instructions()) {
            if (!in.heredocs().isEmpty()) {
                return "a heredoc at line " + in.line();
            }
        }
        List<String> planned =
                List.of(plan.builderStage().imageArg(), plan.runtimeStage().imageArg());
        for (VariableReference v : model.variables()) {
            if (!v.keyword().equals("FROM") || !planned.contains(v.name())) {
                return "unplanned variable expansion $" + v.name() + " in " + v.keyword() + " at line " + v.line();
            }
        }
        Map<String, String> args = new LinkedHashMap<>();
        for (ImageArg arg : plan.imageArgs()) {
            args.put(arg.name(), arg.image());
        }
        if (!model.metaArgs().equals(args)) {
            return "ARGs " + model.metaArgs() + " instead of " + args;
        }
        if (model.stages().size() != 2) {
            return model.stages().size() + " stages";
        }
        String problem = builderStage(plan, model.stages().get(0), args);
        problem = problem != null ? problem : runtimeStage(plan, model.stages().get(1), args);
        if (problem != null) {
            return problem;
        }
        if (files.dockerignore().lines().count() != baseline.ignoreLines()
                || !files.dockerignore().contains(" for " + plan.dockerfilePath() + ".\n")) {
            return "the .dockerignore changed shape: " + show(files.dockerignore());
        }
        return null;
    }

    private static String expectComment(DockerfileModel model, String prefix, String expected) {
        List<String> found =
                model.comments().stream().filter(c -> c.startsWith(prefix)).toList();
        if (found.size() != 1
                || !DockerfileModel.trimSpace(found.get(0).substring(prefix.length()))
                        .equals(expected)) {
            return "header comment '" + prefix + "' is " + found + ", not " + show(expected);
        }
        return null;
    }

    /** The builder's Maven command line, from the plan's one RUN. */
    private static List<String> mavenCommand(BuildPlan plan) {
        return plan.builderStage().steps().stream()
                .filter(ShellRun.class::isInstance)
                .map(step -> ((ShellRun) step).commands().get(0))
                .findFirst()
                .orElseThrow();
    }

    /** Every builder instruction after WORKDIR, read back, is the planned step: the same COPY, the same commands. */
    private static String builderStage(BuildPlan plan, Stage stage, Map<String, String> args) {
        BuildPlan.BuilderStage planned = plan.builderStage();
        String problem = stageHead(stage, planned.name(), args.get(planned.imageArg()), planned.workdir());
        if (problem != null) {
            return problem;
        }
        List<Instruction> steps = stage.instructions().stream()
                .filter(in -> Set.of("COPY", "RUN", "ENV").contains(in.keyword()))
                .toList();
        if (steps.size() != planned.steps().size()) {
            return steps.size() + " builder COPY/RUN/ENV instead of "
                    + planned.steps().size();
        }
        for (int i = 0; i < steps.size(); i++) {
            Instruction in = steps.get(i);
            if (planned.steps().get(i) instanceof BuildPlan.Env env) {
                if (!in.keyword().equals("ENV")
                        || !in.pairs().equals(List.of(new DockerfileModel.Pair(env.name(), env.value())))) {
                    return "builder " + show(in.original()) + " instead of ENV " + env.name() + "=" + env.value();
                }
            } else if (planned.steps().get(i) instanceof ContextCopy copy) {
                if (!in.keyword().equals("COPY")
                        || !in.flags().isEmpty()
                        || !in.words().equals(List.of(copy.source(), copy.target()))) {
                    return "builder " + show(in.original()) + " instead of COPY " + copy.source() + " " + copy.target();
                }
            } else {
                ShellRun run = (ShellRun) planned.steps().get(i);
                List<String> flags =
                        run.mounts().stream().map(m -> "--mount=" + m).toList();
                if (!in.keyword().equals("RUN")
                        || in.json() != null
                        || !in.flags().equals(flags)) {
                    return "builder " + show(in.original()) + " is not the planned RUN " + flags + " (shell form)";
                }
                ShellScript script = DockerfileModel.shell(in.shell());
                if (!script.surprises().isEmpty()) {
                    return "the shell would do more with RUN at line " + in.line() + ": " + script.surprises();
                }
                if (!script.commands().equals(run.commands())) {
                    return "RUN runs " + script.commands() + ", not " + run.commands();
                }
            }
        }
        return null;
    }

    private static String runtimeStage(BuildPlan plan, Stage stage, Map<String, String> args) {
        BuildPlan.RuntimeStage planned = plan.runtimeStage();
        String problem = stageHead(stage, planned.name(), args.get(planned.imageArg()), planned.workdir());
        if (problem != null) {
            return problem;
        }
        List<Instruction> copies = stage.all("COPY");
        if (copies.size() != planned.copies().size()) {
            return copies.size() + " runtime COPY instead of "
                    + planned.copies().size();
        }
        for (int i = 0; i < copies.size(); i++) {
            CopyStep step = planned.copies().get(i);
            Instruction copy = copies.get(i);
            List<String> flags = step.owner().isEmpty()
                    ? List.of("--from=" + step.fromStage().orElseThrow())
                    : List.of(
                            "--from=" + step.fromStage().orElseThrow(),
                            "--chown=" + step.owner().get());
            if (!copy.flags().equals(flags) || !copy.words().equals(List.of(step.source(), step.target()))) {
                return "COPY " + copy.flags() + " " + copy.words() + " instead of " + step;
            }
        }
        List<Instruction> users = stage.all("USER");
        if (users.size() != 2
                || !users.get(0).text().equals("0:0")
                || !planned.user().toString().equals(users.get(1).text())) {
            return "USER " + users.stream().map(Instruction::text).toList() + " instead of " + planned.user();
        }
        List<String> ports =
                stage.all("EXPOSE").stream().flatMap(e -> e.words().stream()).toList();
        if (!ports.equals(planned.ports().stream().map(Port::toString).toList())) {
            return "EXPOSE " + ports + " instead of " + planned.ports();
        }
        if (!stage.env().equals(planned.env())) {
            return "ENV " + showMap(stage.env()) + " instead of " + showMap(planned.env());
        }
        if (!stage.labels().equals(planned.labels())) {
            return "LABEL " + showMap(stage.labels()) + " instead of " + showMap(planned.labels());
        }
        List<Instruction> entrypoints = stage.all("ENTRYPOINT");
        if (entrypoints.size() != 1
                || !planned.entrypoint().equals(entrypoints.get(0).json())) {
            return "ENTRYPOINT "
                    + entrypoints.stream()
                            .map(e -> e.json() != null ? show(e.json().toString()) : "shell form " + show(e.shell()))
                            .toList()
                    + " instead of " + show(planned.entrypoint().toString());
        }
        List<Instruction> cmds = stage.all("CMD");
        boolean cmdAsPlanned = planned.cmd().isEmpty()
                ? cmds.isEmpty()
                : cmds.size() == 1 && planned.cmd().equals(cmds.get(0).json());
        if (!cmdAsPlanned) {
            return "CMD "
                    + cmds.stream().map(c -> show(String.valueOf(c.json()))).toList() + " instead of "
                    + show(planned.cmd().toString());
        }
        return null;
    }

    private static String stageHead(Stage stage, String name, String image, String workdir) {
        if (!name.equals(stage.name()) || !image.equals(stage.image())) {
            return "FROM " + stage.image() + " AS " + stage.name() + " instead of " + image + " AS " + name;
        }
        List<String> workdirs =
                stage.all("WORKDIR").stream().map(Instruction::text).toList();
        if (!workdirs.equals(List.of(workdir))) {
            return "WORKDIR " + workdirs + " instead of " + workdir;
        }
        return null;
    }

    // ------------------------------------------------------------------ the tests

    @Test
    void noValueAddsAnInstructionBreaksOutOfItsQuotingOrExpandsAVariable() {
        long start = System.nanoTime();
        List<Param> params = params();
        List<Run> runs = params.parallelStream()
                .map(param -> {
                    try {
                        long t0 = System.nanoTime();
                        long c0 = CPU.getCurrentThreadCpuTime();
                        Run run = new Run(param);
                        Hostile hostile = new Hostile(SEED, param);
                        for (int i = 0; i < PER_PARAMETER; i++) {
                            run.attempt(i, hostile.next());
                        }
                        run.nanos = System.nanoTime() - t0;
                        run.cpuNanos = CPU.getCurrentThreadCpuTime() - c0;
                        return run;
                    } catch (ConfigurationException e) {
                        throw new IllegalStateException("the baseline for " + param.name() + " is valid", e);
                    }
                })
                .toList();
        double seconds = (System.nanoTime() - start) / 1e9;

        StringBuilder summary = new StringBuilder(
                String.format("%nInjection fuzz, seed 0x%X, %d values per parameter:%n", SEED, PER_PARAMETER));
        summary.append(String.format(
                "  %-28s %8s %9s %9s %7s %7s%n", "parameter", "tried", "faithful", "rejected", "FAILED", "cpu ms"));
        int tried = 0;
        int failed = 0;
        long cpu = 0;
        List<String> examples = new ArrayList<>();
        for (Run run : runs) {
            summary.append(String.format(
                    "  %-28s %8d %9d %9d %7d %7d%n",
                    run.param.name(),
                    run.tried,
                    run.faithful,
                    run.rejected,
                    run.failures.size(),
                    run.cpuNanos / 1_000_000));
            tried += run.tried;
            failed += run.failures.size();
            cpu += run.cpuNanos;
            run.failures.stream().filter(f -> f != null).limit(4).forEach(examples::add);
        }
        summary.append(String.format(
                "  %-28s %8d %28d %7d%n  %.1f s (%.1f s of CPU on %d threads)%n",
                "total",
                tried,
                failed,
                cpu / 1_000_000,
                seconds,
                cpu / 1e9,
                Math.min(params.size(), java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1)));
        System.out.print(summary);

        assertTrue(tried >= 100_000 || PER_PARAMETER < 5000, "at least 100,000 values in all, tried " + tried);
        runs.forEach(r -> assertTrue(r.tried >= PER_PARAMETER, r.param.name() + " got " + r.tried));
        if (failed > 0) {
            fail(failed + " of " + tried + " hostile values were neither rendered faithfully nor rejected naming their"
                    + " element (seed 0x" + Long.toHexString(SEED).toUpperCase(Locale.ROOT) + "; rerun with"
                    + " -Dfuzz.seed=" + SEED + "). Examples:\n  - " + String.join("\n  - ", examples) + summary);
        }
    }

    /**
     * Values each within the per-value limit, but many of them: BuildKit reads lines of at most 64 KiB,
     * so the Dockerfile must still parse, or the configuration be refused naming the element.
     */
    @Test
    void manyLongValuesStillMakeADockerfileBuildKitReads() throws ConfigurationException {
        List<String> problems = new ArrayList<>();
        // Each within the 4096-character limit of one value.
        String accented = "\u00e9".repeat(4094);
        String quotes = "'".repeat(4094);
        Map<String, Consumer<Inputs>> cases = new LinkedHashMap<>();
        cases.put(
                "<jvmOptions>",
                in -> in.jvmOptions = new ArrayList<>(java.util.Collections.nCopies(20, "-D" + accented)));
        cases.put(
                "<builderArgs>",
                in -> in.builderArgs = new ArrayList<>(java.util.Collections.nCopies(20, "-D" + quotes)));
        Generator generator = new Generator(GENERATOR_VERSION, Optional.empty());
        for (Map.Entry<String, Consumer<Inputs>> c : cases.entrySet()) {
            Inputs in = new Inputs();
            c.getValue().accept(in);
            try {
                DockerfileModel.parse(
                        generated(generator, in, in.config()).dockerfile().content());
            } catch (ConfigurationException e) {
                if (!e.getMessage().contains(c.getKey())) {
                    problems.add(c.getKey() + ": rejected without naming it: " + firstLines(e.getMessage()));
                }
            } catch (SyntaxError e) {
                problems.add(c.getKey() + ": rendered, but BuildKit would refuse it: " + e.getMessage());
            }
        }
        assertEquals(List.of(), problems);
    }

    /** The reader against rules of the Dockerfile reference, so the fuzz cannot pass on a lenient reader. */
    @Test
    void theReaderSeesWhatBuildKitSees() {
        DockerfileModel m = DockerfileModel.parse(String.join(
                "\n",
                "# escape=\\",
                "ARG IMG=alpine:3",
                "from ${IMG} AS One",
                "LABEL a=\"x\\\"y\\\\z\\$w\" b='$c' \\",
                "      d=e\\ f g=\"\\n\"",
                "  # a comment line",
                "ENV P=\"$HOME\" Q=\\$R S=${T:-dflt}",
                "RUN --mount=type=cache,target=/c echo 'a b' \\",
                "# a comment inside a continuation",
                " && echo \"$x\"",
                "ENTRYPOINT [\"a\", \"b\\u00e9\\ud83d\\ude00\", \"\\ud800x\"]  ",
                "CMD [\"a\" \"b\"]",
                "EXPOSE 80 443/udp",
                "USER 1:2",
                "RUN cat <<EOF",
                "ENTRYPOINT [\"not\", \"an instruction\"]",
                "EOF",
                ""));
        assertEquals(
                List.of("ARG", "FROM", "LABEL", "ENV", "RUN", "ENTRYPOINT", "CMD", "EXPOSE", "USER", "RUN"),
                m.keywords());
        assertEquals(Map.of("escape", "\\"), m.directives());
        Stage stage = m.stages().get(0);
        assertEquals("alpine:3", stage.image());
        assertEquals("one", stage.name());
        assertEquals(Map.of("a", "x\"y\\z$w", "b", "$c", "d", "e f", "g", "\\n"), stage.labels());
        assertEquals(Map.of("P", "", "Q", "$R", "S", "dflt"), stage.env());
        assertEquals(
                List.of("FROM IMG", "ENV HOME", "ENV T"),
                m.variables().stream().map(v -> v.keyword() + " " + v.name()).toList());
        Instruction run = stage.all("RUN").get(0);
        assertEquals(List.of("--mount=type=cache,target=/c"), run.flags());
        assertEquals("echo 'a b'  && echo \"$x\"", run.shell());
        ShellScript script = DockerfileModel.shell(run.shell());
        assertEquals(List.of(List.of("echo", "a b"), List.of("echo", "$x")), script.commands());
        assertEquals(1, script.surprises().size(), script.surprises().toString());
        assertEquals(
                List.of("a", "b\u00e9\uD83D\uDE00", "\uFFFDx"),
                stage.all("ENTRYPOINT").get(0).json());
        assertEquals("[\"a\" \"b\"]", stage.all("CMD").get(0).shell());
        assertEquals(List.of("80", "443/udp"), stage.all("EXPOSE").get(0).words());
        assertEquals("1:2", stage.all("USER").get(0).text());
        assertEquals(
                "ENTRYPOINT [\"not\", \"an instruction\"]\n",
                stage.all("RUN").get(1).heredocs().get(0).content());
        assertEquals(
                List.of(List.of("cp", "a b", "c"), List.of("x")),
                DockerfileModel.shell("cp 'a b' c && x").commands());
        for (String surprise : List.of("a;b", "a | b", "a $(b)", "a `b`", "a # b", "a *", "X=1 a", "a > b", "a & b")) {
            assertTrue(!DockerfileModel.shell(surprise).surprises().isEmpty(), surprise);
        }
        for (String refused : List.of(
                "FROM a\nLABEL a=\"b",
                "FROM a\nENTRYPOINT [1]",
                "FROM a\nRUN <<EOF\nx",
                "FROM a\nLABEL a=${",
                "FROM a\nLABEL " + "x".repeat(70000),
                "RUN x")) {
            try {
                DockerfileModel.parse(refused);
                fail("BuildKit refuses " + show(refused));
            } catch (SyntaxError expected) {
                // as BuildKit
            }
        }
    }

    /** Renders with a known injection are caught: the check compares meaning, not text. */
    @Test
    void theCheckCatchesInjectedRenders() throws ConfigurationException {
        Run run = new Run(params().get(0));
        Inputs in = new Inputs();
        Generation.Generated generated = generated(run.generator, in, in.config());
        BuildPlan plan = generated.plan();
        RenderedFiles good = files(generated);
        assertEquals(null, faithfulness(plan, good, run.baseline));
        List<List<String>> injections = List.of(
                List.of("title=\"Hello\"", "title=\"$HOME\""),
                List.of("team=\"payments\"", "team=\"pay\" ments\""),
                List.of("FUZZ=\"benign\"", "FUZZ=\"benign\"\nRUN id"),
                List.of("FUZZ=\"benign\"", "FUZZ=\"benign\\\""),
                List.of("\"-Dfuzz=benign\", ", "\"-Dfuzz=benign\", \"x\", "),
                List.of("com.example.hello.Main\"]", "com.example.hello.Main\""),
                List.of("-Pprod -Dfuzz", "-Pprod;id -Dfuzz"),
                List.of("-Pprod -Dfuzz", "'-Pprod -Dfuzz'"),
                List.of("USER 10001:10001", "USER 10001:10001 \\"),
                List.of("EXPOSE 8080 9090/udp", "EXPOSE 8080 9090/udp $P"),
                List.of("ARG RUNTIME_IMAGE=", "# escape=`\nARG RUNTIME_IMAGE="),
                List.of("WORKDIR /app", "WORKDIR /app\n#"),
                List.of("mvn -B", "mvn <<EOF -B"));
        for (List<String> change : injections) {
            String dockerfile = good.dockerfile().replace(change.get(0), change.get(1));
            assertTrue(!dockerfile.equals(good.dockerfile()), change.get(0));
            String problem = faithfulness(plan, new RenderedFiles(dockerfile, good.dockerignore()), run.baseline);
            assertTrue(problem != null, "not caught: " + change);
        }
    }

    // ------------------------------------------------------------------ showing values

    static String show(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        int shown = 0;
        for (int i = 0; i < value.length() && shown < 160; i++, shown++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20
                    || (c >= 0x7f && c < 0xa0)
                    || c == 0x2028
                    || c == 0x2029
                    || Character.isSurrogate(c)
                    || Character.getType(c) == Character.FORMAT) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
        if (value.length() > 160) {
            out.append("... (").append(value.length()).append(" chars)");
        }
        return out.toString();
    }

    private static String showMap(Map<String, String> map) {
        StringBuilder out = new StringBuilder("{");
        map.forEach((k, v) ->
                out.append(out.length() > 1 ? ", " : "").append(k).append('=').append(show(v)));
        return out.append('}').toString();
    }

    private static String firstLine(String message) {
        return message == null ? "" : show(message.lines().findFirst().orElse(""));
    }

    private static String firstLines(String message) {
        return show(String.join(" / ", message.lines().limit(3).toList()));
    }
}
