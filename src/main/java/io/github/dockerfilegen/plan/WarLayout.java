package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeFlavor;
import io.github.dockerfilegen.model.ServletContainer;
import io.github.dockerfilegen.plan.ImageCatalog.ServletImage;
import io.github.dockerfilegen.plan.LayoutPlan.Training;
import io.github.dockerfilegen.plan.PortRule.Listening;
import io.github.dockerfilegen.plan.ServletApiRule.ServletApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A war, on the servlet container that matches the servlet API it compiles against: Tomcat by
 * default (9.0 for javax, 10.1 for jakarta 5.0 and 6.0, 11.0 for 6.1), Jetty 12.1 on request (the
 * ee8 to ee11 environment). The war is deployed exploded as the root application, with
 * {@code WEB-INF/lib} in a layer of its own before the classes and resources. A war that needs a
 * Jakarta EE application server ({@link ApplicationServerRule}) goes to WildFly or Open Liberty
 * instead, or is refused. The container's
 * JVM is started directly, exec-form, so it is PID 1 and gets {@code SIGTERM}, with no shell in
 * between and no script that re-reads options.
 */
final class WarLayout implements ApplicationLayout {
    /** JSTL bundled in the war: Jetty's own jstl module would put a second copy beside it. */
    private static final List<String> JSTL = List.of(
            "org.glassfish.web:jakarta.servlet.jsp.jstl",
            "jakarta.servlet.jsp.jstl:jakarta.servlet.jsp.jstl-api",
            "javax.servlet:jstl",
            "org.apache.taglibs:taglibs-standard-impl");

    private static final String WAR_PLUGIN = "org.apache.maven.plugins:maven-war-plugin";

    @Override
    public LayoutKind kind() {
        return LayoutKind.WAR;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return facts.packaging().equals("war")
                ? Optional.of("a war, for a servlet container or an application server")
                : Optional.empty();
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
        Optional<ServletContainer.Kind> server = ApplicationServerRule.server(facts, config.servletContainer(), log);
        if (server.isPresent()) {
            return switch (server.get()) {
                case WILDFLY -> WildFlyServer.plan(facts, config, release, log);
                case OPENLIBERTY -> LibertyServer.plan(facts, config, release, log);
                default -> throw new IllegalStateException("not an application server: " + server.get());
            };
        }
        ServletImage container = container(facts, config, api, release, log);
        log.decide(container.name() + " ("
                + config.servletContainer()
                        .orElse(ServletContainer.DEFAULT)
                        .kind()
                        .id() + " for "
                + api.map(a -> (a.jakarta() ? "jakarta" : "javax") + ".servlet " + a.version())
                        .orElse("<servletContainer>")
                + ")");

        String webapp = webappDirectory(facts);
        String warLib = Folders.target(facts) + "/webapp-lib";
        List<List<String>> afterPackage = new ArrayList<>();
        afterPackage.add(List.of("mkdir", "-p", webapp + "/WEB-INF/lib"));
        afterPackage.add(List.of("mv", webapp + "/WEB-INF/lib", warLib));
        return LayoutPlan.builder()
                .afterPackage(
                        afterPackage, "Then WEB-INF/lib is moved out of the exploded war, to be a layer of its own.")
                .layers(List.of(
                        Folders.fromBuild(facts, warLib + "/", container.webapps() + "/ROOT/WEB-INF/lib/"),
                        Folders.fromBuild(facts, webapp + "/", container.webapps() + "/ROOT/")))
                .jvmFlags(container.jvmFlags())
                .launch(container.launch())
                // Both containers' images listen on 8080.
                .listening(new Listening.Fixed(Port.tcp(8080)))
                .image(container.image(), container.home())
                .writable(container.writable())
                .training(new Training.Unsupported(
                        "a war is loaded by its servlet container's class loaders, which its start-up does not train"))
                .build();
    }

    /** The exploded war maven-war-plugin leaves behind: its {@code <webappDirectory>}, else target/<finalName>. */
    private static String webappDirectory(ProjectFacts facts) {
        return facts.plugin(WAR_PLUGIN)
                .flatMap(p -> p.value(BuildPlugin.ANY_EXECUTION, "webappDirectory"))
                .map(Detected::value)
                .orElse(Folders.target(facts) + "/" + facts.finalName());
    }

    private static ServletImage container(
            ProjectFacts facts, GeneratorConfig config, Optional<ServletApi> api, int release, PlanLog log)
            throws ConfigurationException {
        ServletContainer choice = config.servletContainer().orElse(ServletContainer.DEFAULT);
        Optional<RuntimeFlavor> flavor = config.runtime();
        if (flavor.filter(f -> f == RuntimeFlavor.DISTROLESS).isPresent()) {
            throw new ConfigurationException("<runtime>distroless</runtime> cannot run a war: a war needs a servlet"
                    + " container, and there is no distroless Tomcat or Jetty image. Leave <runtime> unset (the"
                    + " container's own image), or set <runtimeImage> to a container image of your own.");
        }
        boolean alpine = flavor.filter(f -> f == RuntimeFlavor.ALPINE).isPresent();
        Optional<String> matching = api.map(a -> line(choice.kind(), a));
        if (choice.line().isPresent() && matching.isPresent()) {
            checkLine(choice, matching.get(), api.get(), log);
        }
        String line = choice.line()
                .or(() -> matching)
                .orElseThrow(() -> new ConfigurationException("No servlet API found among the dependencies, so the"
                        + " servlet container cannot be matched to it. Declare the API the war compiles against (for"
                        + " example jakarta.servlet:jakarta.servlet-api with <scope>provided</scope>), or set"
                        + " <servletContainer> to one of: " + ServletContainer.accepted() + "."));
        return switch (choice.kind()) {
            case TOMCAT -> {
                if (alpine) {
                    throw new ConfigurationException("<runtime>alpine</runtime>: Tomcat publishes no Alpine image."
                            + " Leave <runtime> unset, or set <servletContainer>jetty</servletContainer>.");
                }
                yield ImageCatalog.tomcat(line, release);
            }
            case JETTY -> jetty(facts, line, release, alpine, log);
            case WILDFLY, OPENLIBERTY -> throw new IllegalStateException("not a servlet container: " + choice);
        };
    }

    /**
     * A line named in {@code <servletContainer>} must serve the API's namespace: Tomcat 9.0 and Jetty
     * ee8 do not see a {@code jakarta.servlet} class, nor the newer lines a {@code javax.servlet} one.
     * An older line of the right namespace may lack what the API's version adds: a warning.
     */
    private static void checkLine(ServletContainer choice, String matching, ServletApi api, PlanLog log)
            throws ConfigurationException {
        List<String> lines = choice.kind().lines();
        int chosen = lines.indexOf(choice.line().get());
        int needed = lines.indexOf(matching);
        boolean javaxLine = chosen == 0;
        if (javaxLine != !api.jakarta()) {
            throw new ConfigurationException("<servletContainer>" + choice + "</servletContainer> serves "
                    + (javaxLine ? "javax" : "jakarta") + ".servlet, but the war compiles against " + api
                    + ", so its servlets would never be found. Use <servletContainer>"
                    + choice.kind().id()
                    + "</servletContainer> to match the API, or "
                    + choice.kind().id() + "-" + matching + ".");
        }
        if (chosen < needed) {
            log.warn("<servletContainer>" + choice + "</servletContainer> is older than the servlet API the war"
                    + " compiles against (" + api + "); " + choice.kind().id() + "-" + matching
                    + " supports all of it.");
        }
    }

    /** The container line for a servlet API: Tomcat 9.0/10.1/11.0, or Jetty's ee8 to ee11. */
    private static String line(ServletContainer.Kind kind, ServletApi api) {
        Version v = api.version();
        boolean newest = v.atLeast(6, 1);
        return switch (kind) {
            case TOMCAT -> !api.jakarta() ? "9.0" : newest ? "11.0" : "10.1";
            case JETTY -> !api.jakarta() ? "ee8" : newest ? "ee11" : v.atLeast(6, 0) ? "ee10" : "ee9";
            case WILDFLY, OPENLIBERTY -> throw new IllegalStateException("no servlet API lines: " + kind);
        };
    }

    /** Jetty's modules for a war: annotations ({@code @WebServlet} ...), JSP, and JSTL unless it brings its own. */
    private static ServletImage jetty(
            ProjectFacts facts, String environment, int release, boolean alpine, PlanLog log) {
        List<String> modules = new ArrayList<>(List.of("deploy", "annotations", "jsp"));
        if (JSTL.stream().noneMatch(jstl -> facts.dependency(jstl).isPresent())) {
            modules.add("jstl");
        }
        facts.runtimeDependencies().stream()
                .filter(d -> d.groupId().startsWith("org.apache.tomcat"))
                .findFirst()
                .ifPresent(d -> log.warn(d + " is in WEB-INF/lib: Tomcat's own classes clash with Jetty's JSP support"
                        + " (org.apache.juli.logging.Log). Give it provided scope, or run the war on Tomcat."));
        return ImageCatalog.jetty(environment, modules, release, alpine);
    }
}
