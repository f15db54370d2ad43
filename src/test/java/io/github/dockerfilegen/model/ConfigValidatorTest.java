package io.github.dockerfilegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigValidatorTest {

    private static String problems(ConfigValidator builder) {
        return assertThrows(ConfigurationException.class, builder::build).getMessage();
    }

    @Test
    void defaultsAreDetectionDistrolessAndSkippedTests() {
        GeneratorConfig config = GeneratorConfig.defaults();
        assertEquals(Optional.empty(), config.javaVersion());
        assertEquals(Optional.empty(), config.runtime());
        assertEquals(Optional.empty(), config.servletContainer());
        assertEquals(List.of("-DskipTests"), config.builderArgs());
        assertEquals("target", config.outputDirectory());
    }

    @Test
    void everyProblemIsReportedAtOnceNamingItsElement() {
        String message = problems(GeneratorConfig.builder()
                .javaVersion("latest")
                .mainClass("com.example.Main; rm -rf /")
                .runtime("ubuntu")
                .ports(List.of("70000"))
                .jvmOptions(List.of("Xmx1g"))
                .user("0"));
        for (String element : List.of(
                "<javaVersion> 'latest'",
                "<mainClass>",
                "<runtime> 'ubuntu': must be one of:" + " distroless, temurin, alpine",
                "<ports> '70000'",
                "<jvmOptions> 'Xmx1g'",
                "<user> '0'")) {
            assertTrue(message.contains(element), () -> element + " missing in:\n" + message);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "65536", "-1", "80/http", "8080 8081", "eighty"})
    void portsOutOfRangeOrMalformedAreRejected(String port) {
        assertTrue(problems(GeneratorConfig.builder().ports(List.of(port))).contains("<ports>"));
    }

    @Test
    void portsAreNormalisedAndDeduplicated() throws Exception {
        assertEquals(
                List.of(Port.tcp(8080), new Port(53, "udp")),
                GeneratorConfig.builder()
                        .ports(List.of("8080", " 53/UDP ", "8080"))
                        .build()
                        .ports());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"ubuntu", "Maven:3", "maven:latest", "maven:3.9 x", "maven:3.9\nRUN id", "maven:", "@sha256:ab"})
    void imagesMustBeValidPinnedReferences(String image) {
        String message = problems(GeneratorConfig.builder().builderImage(image));
        assertTrue(message.contains("<builderImage>"), message);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "maven:3.9.16-eclipse-temurin-21",
                "localhost:5000/team/app:1.0",
                "gcr.io/distroless/java21-debian13:nonroot",
                "[::1]:5000/jre:21"
            })
    void validImageReferencesPass(String image) throws Exception {
        assertEquals(
                Optional.of(image),
                GeneratorConfig.builder()
                        .runtimeImage(image)
                        .build()
                        .runtimeImage()
                        .map(Object::toString));
    }

    @Test
    void textWithLineBreaksOrControlCharactersIsRejected() {
        for (String bad : List.of("a\nb", "a\rb", "a\u2028b", "a\u0000b", "a\tb")) {
            String message = problems(GeneratorConfig.builder()
                    .labels(Map.of("team", bad))
                    .env(Map.of("MODE", bad))
                    .jvmOptions(List.of("-D" + bad))
                    .builderArgs(List.of(bad)));
            for (String element : List.of("<labels/team>", "<env/MODE>", "<jvmOptions>", "<builderArgs>")) {
                assertTrue(message.contains(element), () -> element + " missing in:\n" + message);
            }
        }
    }

    @Test
    void labelKeysAndEnvNamesFollowTheirGrammar() {
        String message = problems(
                GeneratorConfig.builder().labels(Map.of("bad key", "v")).env(Map.of("1BAD", "v")));
        assertTrue(message.contains("<labels> 'bad key'"), message);
        assertTrue(message.contains("<env> '1BAD'"), message);
    }

    @Test
    void quotesDollarsAndBackslashesAreValidValues() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder()
                .env(Map.of("GREETING", "say \"hi\" to $USER\\"))
                .build();
        assertEquals("say \"hi\" to $USER\\", config.env().get("GREETING"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/abs/path", "../outside", "target/../../x", "with space"})
    void outputDirectoryMustStayInsideTheProject(String dir) {
        assertTrue(problems(GeneratorConfig.builder().outputDirectory(dir)).contains("<outputDirectory>"));
    }

    @Test
    void emptyBuilderArgsMeanTheDefault() throws Exception {
        assertEquals(
                List.of("-DskipTests"),
                GeneratorConfig.builder().builderArgs(List.of()).build().builderArgs());
        assertEquals(
                List.of("-Pprod"),
                GeneratorConfig.builder()
                        .builderArgs(Arrays.asList("-Pprod", " ", null))
                        .build()
                        .builderArgs());
    }

    @Test
    void userMustBeNumericAndNotRoot() throws Exception {
        assertEquals(
                Optional.of(new RuntimeUser(10001, Optional.empty())),
                GeneratorConfig.builder().user("10001").build().user());
        assertTrue(problems(GeneratorConfig.builder().user("app")).contains("<user> 'app'"));
        assertTrue(problems(GeneratorConfig.builder().user("0:0")).contains("non-root"));
    }

    @Test
    void layoutIsAutoOrAKnownKind() throws Exception {
        assertEquals(
                Optional.empty(),
                GeneratorConfig.builder().layout("auto").build().layout());
        assertEquals(
                Optional.of(LayoutKind.SPRING_BOOT),
                GeneratorConfig.builder().layout("spring-boot").build().layout());
        String message = problems(GeneratorConfig.builder().layout("ear"));
        assertTrue(message.contains("<layout> 'ear': must be auto or one of: spring-boot, quarkus"), message);
    }

    @Test
    void servletContainerIsTomcatOrJettyOptionallyWithItsLine() throws Exception {
        assertEquals(
                Optional.of(new ServletContainer(ServletContainer.Kind.JETTY, Optional.of("ee10"))),
                GeneratorConfig.builder().servletContainer("jetty-ee10").build().servletContainer());
        String message = problems(GeneratorConfig.builder().servletContainer("tomcat-8.5"));
        assertTrue(message.contains("<servletContainer> 'tomcat-8.5': must be one of: tomcat, tomcat-9.0,"), message);
    }

    @Test
    void aJavaVersionWithoutImagesIsReportedWithTheOtherProblems() {
        String message = problems(GeneratorConfig.builder().javaVersion("26").ports(List.of("0")));
        assertTrue(message.contains("<javaVersion> '26': is newer than Java 25"), message);
        assertTrue(message.contains("<ports> '0'"), message);
    }

    @Test
    void commandLineOptionsMustStayOnTheHeaderLine() {
        String message = problems(GeneratorConfig.builder()
                .commandLineOptions(Map.of("dockerfile-gen.templateDirectory", "src/x\nRUN id")));
        assertTrue(message.contains("<-Ddockerfile-gen.templateDirectory>"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/etc/passwd", "../checkstyle.xml", "config/../../x", "./x", "with space", "a\nRUN id"})
    void buildInputsStayInsideTheContextAndPlain(String path) {
        String message = problems(GeneratorConfig.builder().buildInputs(List.of(path)));
        assertTrue(message.contains("<buildInputs>"), message);
    }

    @Test
    void buildInputsUseSlashesAndAreDeduplicated() throws Exception {
        GeneratorConfig config = GeneratorConfig.builder()
                .buildInputs(List.of("config\\checkstyle.xml", "config/checkstyle.xml", " license/ "))
                .build();
        assertEquals(List.of("config/checkstyle.xml", "license/"), config.buildInputs());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"mirror", "mirror/path", "Registry.example.com/UPPER", "registry.example.com/a b", "-x.com"})
    void imageMirrorMustStartWithARegistryHost(String mirror) {
        String message = problems(GeneratorConfig.builder().imageMirror(mirror));
        assertTrue(message.contains("<imageMirror>"), message);
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost:5000", "registry.example.com/mirror", "10.0.0.1:5000/hub/", "localhost/x"})
    void imageMirrorAcceptsAHostWithPortAndPath(String mirror) throws Exception {
        assertTrue(GeneratorConfig.builder()
                .imageMirror(mirror)
                .build()
                .imageMirror()
                .isPresent());
    }

    @Test
    void jlinkModulesAreModuleNamesAndNothingAShellWouldRead() throws Exception {
        assertEquals(
                List.of("jdk.localedata", "java.sql"),
                GeneratorConfig.builder()
                        .jlinkModules(List.of(" jdk.localedata ", "java.sql", "jdk.localedata"))
                        .build()
                        .jlinkModules());
        for (String bad : List.of("java.base,java.sql", "java.base $(id)", "java.sql;", "jdk..x", "1java")) {
            String message = problems(GeneratorConfig.builder().jlinkModules(List.of(bad)));
            assertTrue(message.contains("<jlinkModules> "), message);
            assertTrue(message.contains("must be a Java module name such as jdk.localedata"), message);
        }
    }
}
