package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.Fixtures.execution;
import static io.github.dockerfilegen.Fixtures.plugin;
import static io.github.dockerfilegen.plan.Plans.builderCommands;
import static io.github.dockerfilegen.plan.Plans.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LibertyConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.RuntimeUser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarLayoutTest {
    /** A war whose only servlet API is this provided dependency. */
    private static Fixtures war(String groupId, String artifactId, String version) {
        Fixtures project = new Fixtures().mainClass(null);
        project.packaging = "war";
        project.artifactId = "shop";
        project.finalName = "shop-web";
        project.dependencies = List.of(RuntimeDependency.jar("org.example", "util", "1.0"));
        if (groupId != null) {
            project.provided.add(RuntimeDependency.jar(groupId, artifactId, version));
        }
        return project;
    }

    private static String runtimeImage(BuildPlan plan) {
        return plan.imageArgs().get(1).image();
    }

    @Test
    void aJakartaWarIsExplodedAsTomcatsRootApplicationWithItsLibrariesInTheirOwnLayer() throws Exception {
        BuildPlan plan = plan(war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"));
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(plan));
        assertEquals(
                List.of(
                        CopyStep.fromStage("build", "/build/target/container-writable/1/", "/usr/local/tomcat/")
                                .ownedBy(RuntimeUser.parse("65532:65532").orElseThrow(), Optional.empty()),
                        CopyStep.fromStage("build", "/build/target/container-writable/2/", "/usr/local/tomcat/conf/")
                                .ownedBy(RuntimeUser.parse("65532:65532").orElseThrow(), Optional.empty()),
                        CopyStep.fromStage(
                                "build", "/build/target/webapp-lib/", "/usr/local/tomcat/webapps/ROOT/WEB-INF/lib/"),
                        CopyStep.fromStage("build", "/build/target/shop-web/", "/usr/local/tomcat/webapps/ROOT/")),
                plan.runtimeStage().copies());
        assertEquals(
                List.of(
                        List.of("mkdir", "-p", "target/shop-web/WEB-INF/lib"),
                        List.of("mv", "target/shop-web/WEB-INF/lib", "target/webapp-lib"),
                        List.of(
                                "mkdir",
                                "-p",
                                "target/container-writable/1/logs",
                                "target/container-writable/1/temp",
                                "target/container-writable/1/work"),
                        List.of("mkdir", "-p", "target/container-writable/2/Catalina")),
                builderCommands(plan).subList(1, 5));
        List<String> entrypoint = plan.runtimeStage().entrypoint();
        assertEquals(List.of("java", "-XX:MaxRAMPercentage=75"), entrypoint.subList(0, 2));
        assertEquals(
                List.of(
                        "-cp",
                        "/usr/local/tomcat/bin/bootstrap.jar:/usr/local/tomcat/bin/tomcat-juli.jar",
                        "org.apache.catalina.startup.Bootstrap",
                        "start"),
                entrypoint.subList(entrypoint.size() - 4, entrypoint.size()));
        assertTrue(entrypoint.contains("-Dcatalina.base=/usr/local/tomcat"));
        assertEquals("/usr/local/tomcat", plan.runtimeStage().workdir());
        assertEquals(List.of(Port.tcp(8080)), plan.runtimeStage().ports());
    }

    @ParameterizedTest(name = "{0}:{1}:{2} runs on Tomcat {3}, or Jetty {4}")
    @CsvSource({
        "javax.servlet, javax.servlet-api, 4.0.1, 9.0, ee8",
        "javax.servlet, servlet-api, 2.5, 9.0, ee8",
        "jakarta.servlet, jakarta.servlet-api, 4.0.4, 9.0, ee8",
        "jakarta.servlet, jakarta.servlet-api, 5.0.0, 10.1, ee9",
        "jakarta.servlet, jakarta.servlet-api, 6.0.0, 10.1, ee10",
        "jakarta.servlet, jakarta.servlet-api, 6.1.0, 11.0, ee11",
        "javax, javaee-api, 8.0.1, 9.0, ee8",
        "jakarta.platform, jakarta.jakartaee-api, 8.0.0, 9.0, ee8",
        "jakarta.platform, jakarta.jakartaee-web-api, 9.1.0, 10.1, ee9",
        "jakarta.platform, jakarta.jakartaee-web-api, 10.0.0, 10.1, ee10",
        "jakarta.platform, jakarta.jakartaee-api, 11.0.0, 11.0, ee11"
    })
    void theContainerFollowsTheServletApiVersionNotItsGroupId(
            String groupId, String artifactId, String version, String tomcat, String jetty) throws Exception {
        Fixtures project = war(groupId, artifactId, version);
        assertEquals("docker.io/library/tomcat:" + tomcat + "-jre17-temurin-noble", runtimeImage(plan(project)));
        BuildPlan onJetty = plan(project, GeneratorConfig.builder().servletContainer("jetty"));
        assertEquals("docker.io/library/jetty:12.1-jdk17-eclipse-temurin", runtimeImage(onJetty));
        List<String> entrypoint = onJetty.runtimeStage().entrypoint();
        assertEquals(
                List.of(
                        "-jar",
                        "/usr/local/jetty/start.jar",
                        "--module=" + jetty + "-deploy," + jetty + "-annotations," + jetty + "-jsp," + jetty + "-jstl"),
                entrypoint.subList(entrypoint.size() - 3, entrypoint.size()));
    }

    @Test
    void onJettyTheWarGoesIntoTheJettyBaseAndNothingIsChowned() throws Exception {
        BuildPlan plan = plan(
                war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"),
                GeneratorConfig.builder().servletContainer("jetty").javaVersion("21"));
        assertEquals(
                List.of(
                        CopyStep.fromStage(
                                "build", "/build/target/webapp-lib/", "/var/lib/jetty/webapps/ROOT/WEB-INF/lib/"),
                        CopyStep.fromStage("build", "/build/target/shop-web/", "/var/lib/jetty/webapps/ROOT/")),
                plan.runtimeStage().copies());
        assertEquals("docker.io/library/jetty:12.1-jdk21-eclipse-temurin", runtimeImage(plan));
        assertEquals("/var/lib/jetty", plan.runtimeStage().workdir());
    }

    @Test
    void withoutAServletApiTheFixNamesServletContainerWhichCanNameTheLine() throws Exception {
        var e = assertThrows(ConfigurationException.class, () -> plan(war(null, null, null)));
        assertTrue(e.getMessage().contains("No servlet API found"), e.getMessage());
        assertTrue(e.getMessage().contains("<servletContainer> to one of: tomcat, tomcat-9.0"), e.getMessage());
        assertEquals(
                "docker.io/library/tomcat:11.0-jre17-temurin-noble",
                runtimeImage(
                        plan(war(null, null, null), GeneratorConfig.builder().servletContainer("tomcat-11.0"))));
    }

    @Test
    void aNamedLineMustServeTheApisNamespaceAndAnOlderOneIsWarnedAbout() throws Exception {
        Fixtures jakarta = war("jakarta.servlet", "jakarta.servlet-api", "6.1.0");
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(jakarta, GeneratorConfig.builder().servletContainer("tomcat-9.0")));
        assertTrue(
                e.getMessage()
                        .startsWith("<servletContainer>tomcat-9.0</servletContainer> serves javax.servlet, but"
                                + " the war compiles against jakarta.servlet 6.1"),
                e.getMessage());
        e = assertThrows(
                ConfigurationException.class,
                () -> plan(
                        war("javax.servlet", "javax.servlet-api", "4.0.1"),
                        GeneratorConfig.builder().servletContainer("jetty-ee10")));
        assertTrue(
                e.getMessage().contains("serves jakarta.servlet, but the war compiles against javax.servlet 4.0"),
                e.getMessage());
        BuildPlan older = plan(jakarta, GeneratorConfig.builder().servletContainer("tomcat-10.1"));
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(older));
        assertTrue(older.warnings().get(0).contains("tomcat-11.0 supports all of it"), older.warnings()::toString);
    }

    @Test
    void onJettyAWarWithItsOwnJstlGetsNoSecondOneAndTomcatClassesAreWarnedAbout() throws Exception {
        Fixtures project = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0")
                .dependency("org.glassfish.web", "jakarta.servlet.jsp.jstl", "3.0.1")
                .dependency("org.apache.tomcat", "tomcat-juli", "10.1.49");
        BuildPlan plan = plan(project, GeneratorConfig.builder().servletContainer("jetty"));
        List<String> entrypoint = plan.runtimeStage().entrypoint();
        assertEquals("--module=ee10-deploy,ee10-annotations,ee10-jsp", entrypoint.get(entrypoint.size() - 1));
        assertTrue(
                plan.warnings().get(0).startsWith("org.apache.tomcat:tomcat-juli:10.1.49 is in WEB-INF/lib"),
                plan.warnings()::toString);
    }

    @Test
    void distrolessCannotRunAWarAndTomcatHasNoAlpineImageButJettyHas() throws Exception {
        Fixtures project = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0");
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(project, GeneratorConfig.builder().runtime("distroless")));
        assertTrue(e.getMessage().contains("no distroless Tomcat or Jetty image"), e.getMessage());
        e = assertThrows(
                ConfigurationException.class,
                () -> plan(project, GeneratorConfig.builder().runtime("alpine")));
        assertTrue(e.getMessage().contains("Tomcat publishes no Alpine image"), e.getMessage());
        assertEquals(
                "docker.io/library/jetty:12.1-jdk17-alpine-eclipse-temurin",
                runtimeImage(plan(
                        project, GeneratorConfig.builder().runtime("alpine").servletContainer("jetty"))));
        assertEquals(
                "docker.io/library/tomcat:10.1-jre17-temurin-noble",
                runtimeImage(plan(project, GeneratorConfig.builder().runtime("temurin"))));
    }

    @Test
    void theWarPluginsWebappDirectoryIsTheExplodedWar() throws Exception {
        Fixtures project = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0")
                .with(plugin(
                        "org.apache.maven.plugins:maven-war-plugin",
                        "3.4.0",
                        "<webappDirectory>target/exploded</webappDirectory>"));
        assertEquals(
                "/build/target/exploded/",
                plan(project).runtimeStage().copies().get(3).source());
    }

    @Test
    void aSpringBootWarIsExecutableWhenRepackagedAndAServletWarOtherwise() throws Exception {
        Fixtures executable = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0")
                .with(plugin(SpringBootLayout.PLUGIN, "3.5.7", "", execution("repackage", List.of("repackage"), "")));
        BuildPlan plan = plan(executable);
        assertEquals(List.of("/build/target/shop-web.war"), Plans.copiedFrom(plan));
        assertEquals(
                List.of("-jar", "/app/app.war"),
                plan.runtimeStage().entrypoint().subList(2, 4));
        assertTrue(
                plan.decisions().get(0).endsWith("repackages the war, which makes it executable"),
                plan.decisions()::toString);

        Fixtures servlet = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0")
                .with(plugin(SpringBootLayout.PLUGIN, "3.5.7", ""));
        BuildPlan onTomcat = plan(servlet);
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(onTomcat));
        assertTrue(
                onTomcat.decisions()
                        .contains("spring-boot-maven-plugin does not repackage this war, so it is not"
                                + " executable: it runs in a servlet container"),
                onTomcat.decisions()::toString);
    }

    /** A war compiled against the Jakarta EE 10 umbrella API. */
    private static Fixtures jakartaEeWar(String... usedPackages) {
        Fixtures project = war("jakarta.platform", "jakarta.jakartaee-api", "10.0.0");
        project.referencedPackages.addAll(List.of(usedPackages));
        return project;
    }

    @Test
    void aServletOnlyWarAgainstTheUmbrellaApiStaysOnTomcat() throws Exception {
        BuildPlan plan = plan(jakartaEeWar("jakarta.servlet", "jakarta.servlet.http"));
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(plan));
    }

    @Test
    void aJaxRsWarWithoutAnImplementationIsRefusedNamingWhatItUses() {
        var e = assertThrows(
                ConfigurationException.class, () -> plan(jakartaEeWar("jakarta.ws.rs", "jakarta.servlet")));
        assertTrue(
                e.getMessage()
                        .startsWith("shop needs a Jakarta EE application server, which Tomcat and Jetty are not: its"
                                + " code uses JAX-RS (Jakarta REST) (jakarta.ws.rs or javax.ws.rs) and no"
                                + " implementation of it is on the runtime classpath."),
                e.getMessage());
        assertTrue(
                e.getMessage()
                        .contains("Run it on one: <servletContainer>openliberty</servletContainer> or"
                                + " <servletContainer>wildfly</servletContainer>"),
                e.getMessage());
    }

    @Test
    void jerseyOrWeldInTheWarRunOnTomcatAndTheLogSaysSo() throws Exception {
        Fixtures project = jakartaEeWar("jakarta.ws.rs.core", "jakarta.enterprise.context");
        project.dependency("org.glassfish.jersey.containers", "jersey-container-servlet", "3.1.11")
                .dependency("org.jboss.weld.servlet", "weld-servlet-shaded", "5.1.6.Final");
        BuildPlan plan = plan(project);
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(plan));
        assertTrue(
                plan.decisions()
                        .contains("JAX-RS (Jakarta REST) used, implemented in WEB-INF/lib by"
                                + " org.glassfish.jersey.containers:jersey-container-servlet:3.1.11"),
                plan.decisions().toString());
        assertTrue(
                plan.decisions().stream().anyMatch(d -> d.startsWith("CDI used, implemented in WEB-INF/lib by")),
                plan.decisions().toString());
    }

    /** A servlet container named for a war that needs a server is refused like an unnamed one. */
    @Test
    void everyReasonForAServerIsNamedAtOnce() {
        Fixtures project = jakartaEeWar("javax.ejb", "org.eclipse.microprofile.config.inject");
        project.referencedTypes.add("jakarta.persistence.PersistenceContext");
        project.jtaPersistenceUnits.add("src/main/resources/META-INF/persistence.xml");
        project.plugins.add(plugin("io.openliberty.tools:liberty-maven-plugin", "3.11.5", ""));
        String message = assertThrows(
                        ConfigurationException.class,
                        () -> plan(project, GeneratorConfig.builder().servletContainer("tomcat")))
                .getMessage();
        for (String reason : List.of(
                "its build uses io.openliberty.tools:liberty-maven-plugin, so it is written for Open Liberty",
                "its code uses EJB (jakarta.ejb or javax.ejb), which only an application server implements",
                "its code uses MicroProfile (org.eclipse.microprofile) and no implementation",
                "it uses container-managed JPA (src/main/resources/META-INF/persistence.xml, @PersistenceContext)")) {
            assertTrue(message.contains(reason), reason + " in " + message);
        }
    }

    @Test
    void springsOrmHandlesPersistenceContextsInsideTheWar() throws Exception {
        Fixtures project = jakartaEeWar("jakarta.persistence");
        project.referencedTypes.add("jakarta.persistence.PersistenceContext");
        project.dependency("org.springframework", "spring-orm", "6.2.12");
        assertEquals("docker.io/library/tomcat:10.1-jre17-temurin-noble", runtimeImage(plan(project)));
    }

    @Test
    void wildflyMavenPluginPutsTheWarOnWildFlyStartedByItsOwnScript() throws Exception {
        Fixtures project = jakartaEeWar("jakarta.ws.rs", "jakarta.enterprise.context");
        project.plugins.add(plugin(WildFlyServer.PLUGIN, "5.1.5.Final", ""));
        BuildPlan plan = plan(project);
        var runtime = plan.runtimeStage();
        assertEquals("quay.io/wildfly/wildfly:39.0.1.Final-jdk17", runtimeImage(plan));
        assertEquals(List.of("/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0"), runtime.entrypoint());
        assertEquals("1000:1000", runtime.user().toString());
        assertEquals("-XX:MaxRAMPercentage=75", runtime.env().get("JBOSS_JAVA_SIZING"));
        assertEquals(
                "/opt/jboss/wildfly/standalone/deployments/shop-web.war",
                runtime.copies().get(0).target());
        assertEquals(List.of(Port.tcp(8080)), runtime.ports());
        assertTrue(
                plan.decisions().contains("WildFly: the build uses org.wildfly.plugins:wildfly-maven-plugin"),
                plan.decisions()::toString);
    }

    @Test
    void wildflyChosenByNameTakesJvmOptionsTheManagementPortAndAUserInGroupZero() throws Exception {
        BuildPlan plan = plan(
                war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"),
                GeneratorConfig.builder()
                        .servletContainer("wildfly")
                        .jvmOptions(List.of("-Xss512k", "-Dapp.mode=prod"))
                        .ports(List.of("8080", "9990"))
                        .user("2000"));
        var runtime = plan.runtimeStage();
        assertEquals(
                "-XX:MaxRAMPercentage=75 -Xss512k -Dapp.mode=prod",
                runtime.env().get("JBOSS_JAVA_SIZING"));
        assertEquals(
                List.of("/opt/jboss/wildfly/bin/standalone.sh", "-b", "0.0.0.0", "-bmanagement", "0.0.0.0"),
                runtime.entrypoint());
        assertEquals("2000:0", runtime.user().toString());
    }

    @Test
    void aServersStartScriptGetsNoJvmOptionAShellWouldReadAsMore() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(
                        war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"),
                        GeneratorConfig.builder().servletContainer("wildfly").jvmOptions(List.of("-Dgreeting=$(id)"))));
        assertTrue(e.getMessage().startsWith("<jvmOptions> '-Dgreeting=$(id)'"), e.getMessage());
    }

    @Test
    void wildflyHasNoImageForJava25AndSaysWhatToDo() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(
                        war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"),
                        GeneratorConfig.builder().servletContainer("wildfly").javaVersion("25")));
        assertTrue(e.getMessage().contains("latest-jdk25"), e.getMessage());
    }

    /** A war for Open Liberty with its configuration folder, as its guides lay one out. */
    private static Fixtures libertyWar(String host, Optional<String> location, Map<String, String> variables) {
        Fixtures project = jakartaEeWar("jakarta.ws.rs", "org.eclipse.microprofile.config.inject");
        project.plugins.add(plugin("io.openliberty.tools:liberty-maven-plugin", "3.11.5", ""));
        project.libertyConfig = Optional.of(new LibertyConfig(
                "src/main/liberty/config",
                true,
                List.of("restfulWS-3.1", "mpConfig-3.1"),
                Optional.of("${http.port}"),
                Optional.empty(),
                Optional.ofNullable(host),
                variables,
                Map.of("http.port", "9080"),
                Map.of(),
                location));
        return project;
    }

    @Test
    void libertyMavenPluginPutsTheWarOnOpenLibertySetUpAsItsGuidesDo() throws Exception {
        Fixtures project = libertyWar("*", Optional.of("shop-web.war"), Map.of());
        project.pomProperties.put("liberty.var.http.port", "9090");
        BuildPlan plan = plan(project);
        var runtime = plan.runtimeStage();
        assertEquals("icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal", runtimeImage(plan));
        assertEquals("runtime/openliberty", runtime.template());
        var setup = runtime.serverSetup().orElseThrow();
        assertEquals("1001:0", setup.user().toString());
        assertEquals("src/main/liberty/config/", setup.configuration().source());
        assertEquals("/config/", setup.configuration().target());
        assertEquals("features.sh", setup.install());
        assertEquals("/config/apps/shop-web.war", setup.application().get(0).target());
        assertEquals("configure.sh", setup.finish());
        assertEquals(
                List.of("/opt/ol/helpers/runtime/docker-server.sh", "/opt/ol/wlp/bin/server", "run", "defaultServer"),
                runtime.entrypoint());
        assertEquals("9090", runtime.env().get("http_port"));
        assertEquals("-XX:MaxRAMPercentage=75", runtime.env().get("JVM_ARGS"));
        assertEquals(List.of(Port.tcp(9090), Port.tcp(9443)), runtime.ports());
        assertEquals("1001:0", runtime.user().toString());
        assertTrue(plan.warnings().isEmpty(), plan.warnings()::toString);
    }

    @Test
    void openLibertyWarnsOfAHostThatIsNotEveryAddressAndOfAVariableServerXmlOverrides() throws Exception {
        Fixtures project = libertyWar("localhost", Optional.empty(), Map.of("http.port", "9081"));
        project.pomProperties.put("liberty.var.http.port", "9090");
        BuildPlan plan = plan(project);
        assertEquals(
                List.of(Port.tcp(9081), Port.tcp(9443)), plan.runtimeStage().ports());
        assertEquals(
                "/config/dropins/shop-web.war",
                plan.runtimeStage()
                        .serverSetup()
                        .orElseThrow()
                        .application()
                        .get(0)
                        .target());
        assertTrue(
                plan.warnings().stream().anyMatch(w -> w.startsWith("server.xml's <httpEndpoint host=\"localhost\">")),
                plan.warnings()::toString);
        assertTrue(
                plan.warnings().stream().anyMatch(w -> w.startsWith("liberty.var.http.port reaches the image as")),
                plan.warnings()::toString);
    }

    @Test
    void openLibertyWithoutAServerXmlIsRefusedSayingWhereItGoes() {
        Fixtures project = jakartaEeWar("jakarta.ws.rs");
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(project, GeneratorConfig.builder().servletContainer("openliberty")));
        assertTrue(e.getMessage().contains("has no src/main/liberty/config/server.xml"), e.getMessage());
    }

    @Test
    void aLibertyVariableThatWouldBreakItsEnvLineIsRefused() {
        Fixtures project = libertyWar("*", Optional.empty(), Map.of());
        project.pomProperties.put("liberty.var.greeting", "hi\nRUN id");
        var e = assertThrows(ConfigurationException.class, () -> plan(project));
        assertTrue(e.getMessage().startsWith("The project's <liberty.var.greeting> property"), e.getMessage());
    }

    @Test
    void aServerRunsOnItsOwnImageNotOnARuntimeFlavor() {
        var e = assertThrows(
                ConfigurationException.class,
                () -> plan(
                        war("jakarta.servlet", "jakarta.servlet-api", "6.0.0"),
                        GeneratorConfig.builder().servletContainer("wildfly").runtime("distroless")));
        assertEquals(
                "<runtime>distroless</runtime> cannot run WildFly, which runs on its own images only. Leave <runtime>"
                        + " unset, or set <runtimeImage> to a WildFly image of your own.",
                e.getMessage());
    }

    @Test
    void wildflyServesTheWarWhereJbossWebXmlSays() throws Exception {
        Fixtures project = war("jakarta.servlet", "jakarta.servlet-api", "6.0.0");
        project.jbossContextRoot = Optional.of("shop");
        BuildPlan plan = plan(project, GeneratorConfig.builder().servletContainer("wildfly"));
        assertTrue(
                plan.decisions()
                        .contains("WildFly 39.0.1.Final (quay.io/wildfly/wildfly:39.0.1.Final-jdk17): shop-web.war in"
                                + " standalone/deployments, served under /shop (WEB-INF/jboss-web.xml's"
                                + " <context-root>)"),
                plan.decisions()::toString);
    }
}
