package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeFlavor;
import io.github.dockerfilegen.model.ServletContainer;
import io.github.dockerfilegen.plan.ServletApiRule.ServletApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A war, on the servlet container that matches the servlet API it compiles against: Tomcat by
 * default (9.0 for javax, 10.1 for jakarta 5.0 and 6.0, 11.0 for 6.1), Jetty 12.1 on request (the
 * ee8 to ee11 environment). The war is deployed exploded as the root application, with
 * {@code WEB-INF/lib} in a layer of its own before the classes and resources. The container's
 * JVM is started directly, exec-form, so it is PID 1 and gets {@code SIGTERM}, with no shell in
 * between and no script that re-reads options.
 */
final class WarLayout implements ApplicationLayout {
    private static final String WAR_LIB = Folders.TARGET + "/webapp-lib";
    private static final String WRITABLE = Folders.TARGET + "/container-writable";
    private static final String WAR_PLUGIN = "org.apache.maven.plugins:maven-war-plugin";

    /**
     * How one container runs a war.
     *
     * @param name what the log calls it, such as {@code Tomcat 10.1}
     * @param image its base image
     * @param home the runtime stage's working folder
     * @param webapps where the root application goes
     * @param writable folders under {@code home} the container writes to, given to the application's user
     * @param jvmFlags the container's JVM flags
     * @param launch what follows the JVM options
     */
    private record Container(
            String name,
            String image,
            String home,
            String webapps,
            List<String> writable,
            List<String> jvmFlags,
            List<String> launch) {}

    @Override
    public LayoutKind kind() {
        return LayoutKind.WAR;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return facts.packaging().equals("war") ? Optional.of("a war for a servlet container") : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        if (facts.plugin(SpringBootLayout.PLUGIN).isPresent()) {
            log.decide("spring-boot-maven-plugin does not repackage this war, so it is not executable: it runs in"
                    + " a servlet container");
        }
        Optional<ServletApi> api = ServletApiRule.detect(facts);
        api.ifPresent(found -> log.decide("servlet API " + found));
        Container container = container(config, api, release);
        log.decide(container.name() + " (" + config.servletContainer().kind().id() + " for "
                + api.map(a -> (a.jakarta() ? "jakarta" : "javax") + ".servlet " + a.version())
                        .orElse("<servletContainer>")
                + ")");

        String webapp = webappDirectory(facts);
        List<List<String>> afterPackage = new ArrayList<>();
        afterPackage.add(List.of("mkdir", "-p", webapp + "/WEB-INF/lib"));
        afterPackage.add(List.of("mv", webapp + "/WEB-INF/lib", WAR_LIB));
        List<CopyStep> layers = new ArrayList<>();
        if (!container.writable().isEmpty()) {
            List<String> mkdir = new ArrayList<>(List.of("mkdir", "-p"));
            container.writable().forEach(folder -> mkdir.add(WRITABLE + "/" + folder));
            afterPackage.add(mkdir);
            layers.add(new CopyStep(
                    Folders.BUILD_STAGE,
                    Folders.BUILD_DIR + "/" + WRITABLE + "/",
                    container.home() + "/",
                    Planner.runtimeUser(config).toString()));
        }
        layers.add(Folders.fromBuild(WAR_LIB + "/", container.webapps() + "/ROOT/WEB-INF/lib/"));
        layers.add(Folders.fromBuild(webapp + "/", container.webapps() + "/ROOT/"));
        return new LayoutPlan(
                afterPackage,
                "Then WEB-INF/lib is moved out of the exploded war, to be a layer of its own.",
                layers,
                container.jvmFlags(),
                container.launch(),
                List.of(Port.tcp(8080)),
                Optional.of(container.image()),
                container.home());
    }

    /** The exploded war maven-war-plugin leaves behind: its {@code <webappDirectory>}, else target/<finalName>. */
    private static String webappDirectory(ProjectFacts facts) {
        return facts.plugin(WAR_PLUGIN)
                .flatMap(p -> p.value(io.github.dockerfilegen.model.BuildPlugin.ANY_EXECUTION, "webappDirectory"))
                .map(Detected::value)
                .orElse(Folders.TARGET + "/" + facts.finalName());
    }

    private static Container container(GeneratorConfig config, Optional<ServletApi> api, int release)
            throws ConfigurationException {
        ServletContainer choice = config.servletContainer();
        Optional<RuntimeFlavor> flavor = config.runtime();
        if (flavor.filter(f -> f == RuntimeFlavor.DISTROLESS).isPresent()) {
            throw new ConfigurationException("<runtime>distroless</runtime> cannot run a war: a war needs a servlet"
                    + " container, and there is no distroless Tomcat or Jetty image. Leave <runtime> unset (the"
                    + " container's own image), or set <runtimeImage> to a container image of your own.");
        }
        boolean alpine = flavor.filter(f -> f == RuntimeFlavor.ALPINE).isPresent();
        String line = choice.line()
                .orElseGet(() -> api.map(a -> line(choice.kind(), a)).orElse(""));
        if (line.isEmpty()) {
            throw new ConfigurationException("No servlet API found among the dependencies, so the servlet container"
                    + " cannot be matched to it. Declare the API the war compiles against (for example"
                    + " jakarta.servlet:jakarta.servlet-api with <scope>provided</scope>), or set <servletContainer>"
                    + " to one of: " + ServletContainer.accepted() + ".");
        }
        return switch (choice.kind()) {
            case TOMCAT -> {
                if (alpine) {
                    throw new ConfigurationException("<runtime>alpine</runtime>: Tomcat publishes no Alpine image."
                            + " Leave <runtime> unset, or set <servletContainer>jetty</servletContainer>.");
                }
                yield tomcat(line, release);
            }
            case JETTY -> jetty(line, release, alpine);
        };
    }

    /** The container line for a servlet API: Tomcat 9.0/10.1/11.0, or Jetty's ee8 to ee11. */
    private static String line(ServletContainer.Kind kind, ServletApi api) {
        Version v = api.version();
        boolean newest = v.atLeast(6, 1);
        return switch (kind) {
            case TOMCAT -> !api.jakarta() ? "9.0" : newest ? "11.0" : "10.1";
            case JETTY -> !api.jakarta() ? "ee8" : newest ? "ee11" : v.atLeast(6, 0) ? "ee10" : "ee9";
        };
    }

    private static Container tomcat(String line, int release) {
        String home = "/usr/local/tomcat";
        return new Container(
                "Tomcat " + line,
                ImageCatalog.tomcat(line, release),
                home,
                home + "/webapps",
                // conf/Catalina/localhost: Tomcat creates it at start for context files, and conf/ is root's.
                List.of("logs", "temp", "work", "conf/Catalina/localhost"),
                List.of(
                        // What catalina.sh passes: module access Tomcat's leak detection needs, and its logging.
                        "--add-opens=java.base/java.lang=ALL-UNNAMED",
                        "--add-opens=java.base/java.io=ALL-UNNAMED",
                        "--add-opens=java.base/java.util=ALL-UNNAMED",
                        "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
                        "--add-opens=java.rmi/sun.rmi.transport=ALL-UNNAMED",
                        "-Djava.util.logging.config.file=" + home + "/conf/logging.properties",
                        "-Djava.util.logging.manager=org.apache.juli.ClassLoaderLogManager",
                        "-Djdk.tls.ephemeralDHKeySize=2048",
                        "-Djava.protocol.handler.pkgs=org.apache.catalina.webresources",
                        "-Dorg.apache.catalina.security.SecurityListener.UMASK=0027",
                        "-Dcatalina.home=" + home,
                        "-Dcatalina.base=" + home,
                        "-Djava.io.tmpdir=" + home + "/temp"),
                List.of(
                        "-cp",
                        home + "/bin/bootstrap.jar:" + home + "/bin/tomcat-juli.jar",
                        "org.apache.catalina.startup.Bootstrap",
                        "start"));
    }

    private static Container jetty(String environment, int release, boolean alpine) {
        String base = "/var/lib/jetty";
        return new Container(
                "Jetty 12.1 " + environment,
                ImageCatalog.jetty(release, alpine),
                base,
                base + "/webapps",
                List.of(),
                List.of(),
                // What a war expects of its container: annotations (@WebServlet ...), JSP and JSTL.
                List.of(
                        "-jar",
                        "/usr/local/jetty/start.jar",
                        "--module="
                                + String.join(
                                        ",",
                                        environment + "-deploy",
                                        environment + "-annotations",
                                        environment + "-jsp",
                                        environment + "-jstl")));
    }
}
