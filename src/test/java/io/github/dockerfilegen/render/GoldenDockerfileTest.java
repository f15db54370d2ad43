package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.Generate;
import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whole generated files, as the goals' {@code Generator} makes them, compared byte for byte with
 * src/test/resources/golden once their checksum line is checked and left out. After an intended
 * change, rewrite them with {@code mvn test -Dtest=GoldenDockerfileTest -Dgolden.update=true} and
 * review the diff.
 */
class GoldenDockerfileTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    static Stream<Arguments> cases() throws Exception {
        Fixtures noDependencies = Fixtures.plainJar();
        noDependencies.dependencies = List.of();
        noDependencies.metadata = io.github.dockerfilegen.model.ProjectFacts.ProjectMetadata.none();
        Fixtures withMavenConfig = Fixtures.plainJar();
        withMavenConfig.mavenConfigFolder = true;
        return Stream.of(
                Arguments.of("plain-jar-distroless-17", Fixtures.plainJar(), GeneratorConfig.defaults()),
                Arguments.of("no-dependencies", noDependencies, GeneratorConfig.defaults()),
                Arguments.of(
                        "temurin-21-configured",
                        withMavenConfig,
                        GeneratorConfig.builder()
                                .javaVersion("21")
                                .runtime("temurin")
                                .ports(List.of("8080", "8443"))
                                .env(Map.of("TZ", "UTC", "GREETING", "say \"hi\" to $USER"))
                                .labels(Map.of("org.example.team", "payments"))
                                .jvmOptions(List.of("-Xss512k", "-Dapp.name=Jürgen's app"))
                                .builderArgs(List.of("-Pprod", "-DskipTests", "-Dnote=it's here"))
                                .user("10001:10001")
                                .build()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedFilesMatchTheGoldenOnes(String name, Fixtures project, GeneratorConfig config) throws Exception {
        Generation.Generated files = Generate.files(project, config);
        check(GOLDEN.resolve(name + ".Dockerfile"), Generate.unstamped(files.dockerfile()));
        check(GOLDEN.resolve(name + ".dockerignore"), Generate.unstamped(files.dockerignore()));
    }

    @ParameterizedTest(name = "{0} in a Turkish locale at UTC+14")
    @MethodSource("cases")
    void outputDoesNotDependOnLocaleOrTimeZone(String name, Fixtures project, GeneratorConfig config) throws Exception {
        project.artifactId = "INVOICE-Importer"; // Turkish lower-cases I to a dotless i
        String expected = render(project, config);
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
            assertEquals(expected, render(project, config));
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
        assertTrue(expected.contains("-t invoice-importer:1.0.0 ."), expected);
    }

    private static String render(Fixtures project, GeneratorConfig config) throws Exception {
        return Generate.files(project, config).dockerfile().content();
    }

    private static void check(Path golden, String actual) throws Exception {
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, golden.toString());
    }
}
