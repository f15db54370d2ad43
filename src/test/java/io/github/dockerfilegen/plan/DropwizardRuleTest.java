package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.ConfigFile;
import io.github.dockerfilegen.model.ConfigValidator;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.Reactor;
import io.github.dockerfilegen.plan.DropwizardRule.WrittenFile;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Dropwizard service needs {@code <args>}; without them the refusal is the configuration to paste. */
class DropwizardRuleTest {
    /** Dropwizard's own example: a default server with both connectors set, and a file appender. */
    private static final Map<String, String> EXAMPLE = Map.of(
            "server.applicationConnectors[0].type", "http",
            "server.applicationConnectors[0].port", "8090",
            "server.adminConnectors[0].type", "http",
            "server.adminConnectors[0].port", "8091",
            "logging.level", "INFO",
            "logging.appenders[0].type", "console",
            "logging.appenders[1].type", "file",
            "logging.appenders[1].currentLogFilename", "logs/app.log",
            "logging.appenders[1].archivedLogFilenamePattern", "logs/app-%d.log.gz");

    private static Fixtures dropwizard(ConfigFile... rootYaml) {
        Fixtures project = Fixtures.plainJar().dependency("io.dropwizard", "dropwizard-core", "5.0.1");
        project.rootYaml.addAll(List.of(rootYaml));
        // As inspection reports a file that <extraFiles> names.
        List.of(rootYaml).forEach(file -> project.requestedInputs.add(file.path()));
        return project;
    }

    private static String refusal(Fixtures project) {
        return refusal(project, GeneratorConfig.builder());
    }

    private static String refusal(Fixtures project, ConfigValidator config) {
        return assertThrows(ConfigurationException.class, () -> plan(project, config))
                .getMessage();
    }

    private static void assertHas(String message, String... parts) {
        for (String part : parts) {
            assertTrue(message.contains(part), "lacks " + part + ":\n" + message);
        }
    }

    @Test
    void withoutAYamlFileTheRefusalOffersTheDefaultsOrAFileToName() {
        String message = refusal(dropwizard());
        assertTrue(
                message.startsWith("hello is a Dropwizard service (io.dropwizard:dropwizard-core is on the runtime"
                        + " classpath) and <args> is not set: started without arguments, Dropwizard prints its usage"
                        + " and exits, so the image would start and serve nothing."),
                message);
        assertHas(
                message,
                "\n  <args><arg>server</arg></args>\nruns it on Dropwizard's defaults, 8080 for the application and"
                        + " 8081 for the admin pages, which the image then exposes.",
                "\n  <args><arg>server</arg><arg>/app/config.yml</arg></args>"
                        + "\n  <extraFiles><extraFile><from>config.yml</from><into>/app/config.yml</into></extraFile>"
                        + "</extraFiles>");
        assertFalse(message.contains("writableDirectories"), message);
    }

    @Test
    void aConfigFileGivesTheArgumentsTheCopyItsPortsAndTheFolderItsLogsNeed() {
        String message = refusal(dropwizard(new ConfigFile("config.yml", 0, EXAMPLE)));
        assertHas(
                message,
                " Start its server command on config.yml, copied into the image; in the plugin's <configuration>:\n"
                        + "  <args><arg>server</arg><arg>/app/config.yml</arg></args>\n"
                        + "  <extraFiles><extraFile><from>config.yml</from><into>/app/config.yml</into></extraFile>"
                        + "</extraFiles>\n"
                        + "  <writableDirectories><writableDirectory>/app/logs</writableDirectory>"
                        + "</writableDirectories>\n",
                "Dropwizard then listens on 8090 for the application and 8091 for the admin pages, as config.yml"
                        + " says; with these <args> the image exposes them, read from the file (<ports> would"
                        + " replace them: <ports><port>8090</port><port>8091</port></ports>).",
                "config.yml names files the application writes: 'logs/app-%d.log.gz'"
                        + " (logging.appenders[1].archivedLogFilenamePattern) in /app/logs, 'logs/app.log'"
                        + " (logging.appenders[1].currentLogFilename) in /app/logs. The image's folders are read-only"
                        + " to the application, its working folder /app too: the <writableDirectories> line above"
                        + " makes /app/logs writable by it.");
        assertFalse(message.contains("Other YAML files"), message);
    }

    @Test
    void theUberJarLayoutAndAReactorModuleAreRefusedAlikeAndTheSnippetKeepsTheUsersEntries() {
        Fixtures project = FrameworkFixtures.shaded("").dependency("io.dropwizard", "dropwizard-core", "5.0.1");
        project.rootYaml.add(new ConfigFile("config.yml", 0, EXAMPLE));
        project.reactor = Optional.of(new Reactor(
                "services/api", List.of("pom.xml", "services/api/pom.xml"), List.of("services/api/src"), List.of()));
        String message = refusal(
                project,
                GeneratorConfig.builder()
                        .extraFile("NOTICE", "/app/NOTICE", "0644")
                        .writableDirectories(List.of("/app/data")));
        assertHas(
                message,
                "  <extraFiles><extraFile><from>NOTICE</from><into>/app/NOTICE</into><mode>0644</mode></extraFile>"
                        + "<extraFile><from>services/api/config.yml</from><into>/app/config.yml</into></extraFile>"
                        + "</extraFiles>\n",
                "  <writableDirectories><writableDirectory>/app/data</writableDirectory>"
                        + "<writableDirectory>/app/logs</writableDirectory></writableDirectories>\n");
    }

    @Test
    void theSimpleServerHasOnePortAndListedConnectorsTheirTypesDefaults() {
        String simple = refusal(dropwizard(
                new ConfigFile("config.yml", 0, Map.of("server.type", "simple", "server.connector.port", "8085"))));
        assertHas(
                simple, "Dropwizard then listens on 8085 for the application and its admin pages (server.type simple)");
        assertFalse(simple.contains("writableDirectories"), simple);

        String simpleDefault = refusal(dropwizard(new ConfigFile("config.yml", 0, Map.of("server.type", "simple"))));
        assertHas(simpleDefault, "listens on 8080 for the application and its admin pages");

        String listed = refusal(dropwizard(new ConfigFile(
                "config.yml",
                0,
                Map.of(
                        "server.applicationConnectors[0].type", "http",
                        "server.applicationConnectors[1].type", "https",
                        "server.applicationConnectors[1].keyStorePath", "/etc/app.jks"))));
        assertHas(listed, "listens on 8080, 8443 for the application and 8081 for the admin pages");
    }

    @Test
    void configYmlIsOfferedFirstThenDropwizardsFilesThenOtherYamlAndTheRestAreListed() {
        ConfigFile compose = new ConfigFile("compose.yml", 0, Map.of("services.db.image", "postgres"));
        ConfigFile hello = new ConfigFile("hello-world.yml", 0, Map.of("server.type", "simple"));
        ConfigFile broken = ConfigFile.unreadable("aaa.yml", "not YAML");
        ConfigFile config = new ConfigFile("config.yml", 0, Map.of("template", "Hello, %s!"));
        assertHas(
                refusal(dropwizard(broken, compose, hello, config)),
                "<args><arg>server</arg><arg>/app/config.yml</arg></args>",
                "\nOther YAML files in the project's folder, to name instead if one of them is the configuration:"
                        + " hello-world.yml, compose.yml, aaa.yml.");
        assertHas(refusal(dropwizard(broken, compose, hello)), "<arg>/app/hello-world.yml</arg>");
        assertHas(
                refusal(dropwizard(broken)),
                "<arg>/app/aaa.yml</arg>",
                "aaa.yml cannot be read as YAML (not YAML), so its ports are unknown; Dropwizard's defaults are 8080"
                        + " for the application and 8081 for the admin pages. Set <ports> to the ones it sets.");
    }

    @Test
    void logFilesDatabasesAndRelativeFilesNeedFoldersButContentTypesAndTmpDoNot() {
        ConfigFile file = new ConfigFile(
                "config.yml",
                0,
                Map.of(
                        "database.url", "jdbc:h2:./target/example",
                        "data.file", "./data/x.db",
                        "contentType", "application/json",
                        "site", "https://example.com/x.html",
                        "logging.appenders[0].currentLogFilename", "/var/log/app/app.log",
                        "logging.appenders[1].currentLogFilename", "app.log",
                        "logging.appenders[2].currentLogFilename", "/tmp/app.log",
                        "logging.appenders[3].currentLogFilename", "${LOG_DIR}/app.log"));
        assertEquals(
                List.of(
                        new WrittenFile("data.file", "./data/x.db", "/app/data"),
                        new WrittenFile("database.url", "jdbc:h2:./target/example", "/app/target"),
                        new WrittenFile(
                                "logging.appenders[0].currentLogFilename", "/var/log/app/app.log", "/var/log/app"),
                        new WrittenFile("logging.appenders[1].currentLogFilename", "app.log", "/app")),
                DropwizardRule.writtenFiles(file));
        String message = refusal(dropwizard(file));
        assertHas(
                message,
                "  <writableDirectories><writableDirectory>/app/data</writableDirectory><writableDirectory>/app/target"
                        + "</writableDirectory><writableDirectory>/var/log/app</writableDirectory>"
                        + "</writableDirectories>\n",
                "A file written straight into /app or / cannot be, as those folders stay read-only: name a folder for"
                        + " it, such as logs/app.log, and make that folder writable.");
    }

    @Test
    void withArgumentsThereIsNoRefusalAndTheCopiedFileGivesThePorts() throws Exception {
        Fixtures project = dropwizard(new ConfigFile("config.yml", 0, EXAMPLE));
        ConfigValidator config = GeneratorConfig.builder()
                .args(List.of("server", "config.yml"))
                .extraFile("config.yml", "/app/", null)
                .writableDirectories(List.of("/app/logs"));
        BuildPlan plan = plan(project, config);
        assertEquals(
                List.of(Port.tcp(8090), Port.tcp(8091)), plan.runtimeStage().ports());
        assertTrue(
                plan.decisions().contains("ports [8090, 8091] (config.yml server.applicationConnectors[0].port)"),
                plan.decisions().toString());
        assertEquals(List.of(), plan.warnings());

        // Without the writable folder: a warning naming it.
        plan = plan(
                project,
                GeneratorConfig.builder()
                        .args(List.of("server", "/app/config.yml"))
                        .extraFile("config.yml", "/app/config.yml", null));
        assertEquals(
                List.of(Port.tcp(8090), Port.tcp(8091)), plan.runtimeStage().ports());
        assertEquals(1, plan.warnings().size(), plan.warnings().toString());
        assertHas(
                plan.warnings().get(0),
                "config.yml names files the application writes where it cannot: 'logs/app-%d.log.gz'",
                "<writableDirectories><writableDirectory>/app/logs</writableDirectory></writableDirectories> makes"
                        + " /app/logs writable by it.");
    }

    @Test
    void theServerCommandAloneRunsOnTheDefaultsAndAFileNotCopiedOrAnotherCommandGivesNoPort() throws Exception {
        Fixtures project = dropwizard(new ConfigFile("config.yml", 0, EXAMPLE));
        assertEquals(
                List.of(Port.tcp(8080), Port.tcp(8081)),
                plan(project, GeneratorConfig.builder().args(List.of("server")))
                        .runtimeStage()
                        .ports());
        for (List<String> args : List.of(List.of("server", "/etc/app/config.yml"), List.of("check", "config.yml"))) {
            BuildPlan plan = plan(project, GeneratorConfig.builder().args(args));
            assertEquals(List.of(), plan.runtimeStage().ports(), args.toString());
            assertTrue(
                    plan.warnings().stream()
                            .anyMatch(w -> w.startsWith(
                                    "io.dropwizard:dropwizard-core is an HTTP" + " server on the runtime classpath")),
                    plan.warnings().toString());
        }
    }

    @Test
    void anEnvironmentVariableWithADefaultIsReadAsDropwizardsSubstitutorReadsIt() throws Exception {
        Fixtures project = dropwizard(new ConfigFile(
                "config.yml", 0, Map.of("server.type", "simple", "server.connector.port", "${PORT:-9000}")));
        ConfigValidator config = GeneratorConfig.builder()
                .args(List.of("server", "config.yml"))
                .extraFile("config.yml", "/app/config.yml", null);
        assertEquals(
                List.of(Port.tcp(9000)), plan(project, config).runtimeStage().ports());
        assertEquals(
                List.of(Port.tcp(9100)),
                plan(project, config.env(Map.of("PORT", "9100"))).runtimeStage().ports());
    }

    @Test
    void withoutDropwizardOrOutsideAJarLayoutNothingChanges() throws Exception {
        Fixtures plain = Fixtures.plainJar();
        plain.rootYaml.add(new ConfigFile("config.yml", 0, EXAMPLE));
        BuildPlan plan = plan(plain);
        assertEquals(List.of(), plan.runtimeStage().ports());
        assertEquals(List.of(), plan.runtimeStage().cmd());

        Fixtures boot = FrameworkFixtures.springBoot("3.5.7").dependency("io.dropwizard", "dropwizard-core", "5.0.1");
        assertEquals(List.of(Port.tcp(8080)), plan(boot).runtimeStage().ports());
    }
}
