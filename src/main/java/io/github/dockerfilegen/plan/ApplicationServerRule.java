package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import io.github.dockerfilegen.model.ServletContainer;
import io.github.dockerfilegen.model.ServletContainer.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Whether a war needs a Jakarta EE application server rather than a servlet container: its build uses
 * a server's plugin, or its code uses an API that Tomcat and Jetty do not provide and no implementation
 * of it travels in {@code WEB-INF/lib}. Decided by what the code references, not by the umbrella API
 * it compiles against: many servlet applications compile against {@code jakartaee-api} and use only
 * servlets, and Jersey, RESTEasy or Weld inside the war run on Tomcat.
 */
final class ApplicationServerRule {
    /** A build plugin written for one server: the war is made to run there. */
    private record ServerPlugin(String key, Kind server, String name) {}

    private static final List<ServerPlugin> SERVER_PLUGINS = List.of(
            new ServerPlugin("io.openliberty.tools:liberty-maven-plugin", Kind.OPENLIBERTY, "Open Liberty"),
            new ServerPlugin("net.wasdev.wlp.maven.plugins:liberty-maven-plugin", Kind.OPENLIBERTY, "Open Liberty"),
            new ServerPlugin("org.wildfly.plugins:wildfly-maven-plugin", Kind.WILDFLY, "WildFly"));

    /**
     * An API that a full application server provides and a servlet container does not.
     *
     * @param name the API's name, for the log
     * @param packages the packages whose use counts, javax and jakarta
     * @param implementations groupId prefixes of implementations that run inside a war; none for an API
     *     only a server implements
     */
    private record ServerApi(String name, List<String> packages, List<String> implementations) {
        boolean usedBy(ProjectFacts facts) {
            return facts.referencedPackages().stream()
                    .anyMatch(used -> packages.stream().anyMatch(p -> used.equals(p) || used.startsWith(p + ".")));
        }
    }

    private static final List<ServerApi> APIS = List.of(
            new ServerApi(
                    "JAX-RS (Jakarta REST)",
                    List.of("jakarta.ws.rs", "javax.ws.rs"),
                    List.of("org.glassfish.jersey", "org.jboss.resteasy", "org.apache.cxf")),
            new ServerApi(
                    "CDI",
                    List.of("jakarta.enterprise", "javax.enterprise"),
                    List.of("org.jboss.weld", "org.apache.openwebbeans")),
            new ServerApi("EJB", List.of("jakarta.ejb", "javax.ejb"), List.of()),
            new ServerApi("MicroProfile", List.of("org.eclipse.microprofile"), List.of("io.smallrye", "io.helidon")));

    /** Injects container-managed persistence contexts in a war: Spring's ORM support. */
    private static final List<String> PERSISTENCE_IMPLEMENTATIONS = List.of("org.springframework:spring-orm");

    private static final List<String> PERSISTENCE_CONTEXT =
            List.of("jakarta.persistence.PersistenceContext", "javax.persistence.PersistenceContext");

    private ApplicationServerRule() {}

    /**
     * The application server this war runs on, or empty for a servlet container: the one
     * {@code <servletContainer>} names, else the one its build's plugin is written for. A war that
     * needs a server when none is named, or when a servlet container is, is refused with every reason
     * and the choices.
     */
    static Optional<Kind> server(ProjectFacts facts, Optional<ServletContainer> chosen, PlanLog log)
            throws ConfigurationException {
        if (chosen.filter(c -> c.kind().applicationServer()).isPresent()) {
            return chosen.map(ServletContainer::kind);
        }
        List<String> reasons = reasons(facts, log);
        if (reasons.isEmpty()) {
            return Optional.empty();
        }
        Optional<ServerPlugin> plugin = SERVER_PLUGINS.stream()
                .filter(p -> facts.plugin(p.key()).isPresent())
                .findFirst();
        if (chosen.isEmpty() && plugin.isPresent()) {
            log.decide(plugin.get().name() + ": the build uses " + plugin.get().key());
            return Optional.of(plugin.get().server());
        }
        throw new ConfigurationException(facts.artifactId() + " needs a Jakarta EE application server, which"
                + " Tomcat and Jetty are not: " + String.join("; ", reasons) + ". On a servlet container it would"
                + " start and serve nothing. Run it on one: <servletContainer>openliberty</servletContainer> or"
                + " <servletContainer>wildfly</servletContainer>; or, where only JAX-RS or CDI is missing, put an"
                + " implementation into WEB-INF/lib (Jersey or RESTEasy, Weld's servlet support) and Tomcat runs"
                + " it.");
    }

    /** A server runs on its own image: {@code <runtime>} picks a JRE image, which has no server. */
    static void refuseRuntimeFlavor(GeneratorConfig config, String server) throws ConfigurationException {
        if (config.runtime().isPresent()) {
            throw new ConfigurationException("<runtime>"
                    + config.runtime().get().id() + "</runtime> cannot run "
                    + server + ", which runs on its own images only. Leave <runtime> unset, or set <runtimeImage> to"
                    + " a " + server + " image of your own.");
        }
    }

    /**
     * Why this war needs an application server, one reason per API or plugin; empty when a servlet
     * container runs it. What the war brings along for an API it uses is logged.
     */
    private static List<String> reasons(ProjectFacts facts, PlanLog log) {
        List<String> reasons = new ArrayList<>();
        SERVER_PLUGINS.stream()
                .filter(plugin -> facts.plugin(plugin.key()).isPresent())
                .forEach(plugin ->
                        reasons.add("its build uses " + plugin.key() + ", so it is written for " + plugin.name()));
        for (ServerApi api : APIS) {
            if (api.usedBy(facts)) {
                Optional<RuntimeDependency> implementation = implementation(facts, api.implementations());
                implementation.ifPresentOrElse(
                        found -> log.decide(api.name() + " used, implemented in WEB-INF/lib by " + found),
                        () -> reasons.add("its code uses " + api.name() + " (" + String.join(" or ", api.packages())
                                + ")"
                                + (api.implementations().isEmpty()
                                        ? ", which only an application server implements"
                                        : " and no implementation of it is on the runtime classpath")));
            }
        }
        List<String> persistence = new ArrayList<>(facts.jtaPersistenceUnits());
        PERSISTENCE_CONTEXT.stream()
                .filter(facts.referencedTypes()::contains)
                .forEach(type -> persistence.add("@" + type.substring(type.lastIndexOf('.') + 1)));
        if (!persistence.isEmpty()) {
            Optional<RuntimeDependency> spring = PERSISTENCE_IMPLEMENTATIONS.stream()
                    .flatMap(key -> facts.dependency(key).stream())
                    .findFirst();
            spring.ifPresentOrElse(
                    found -> log.decide("container-managed JPA (" + String.join(", ", persistence)
                            + ") is handled in WEB-INF/lib by " + found),
                    () -> reasons.add("it uses container-managed JPA (" + String.join(", ", persistence) + ")"));
        }
        return reasons;
    }

    private static Optional<RuntimeDependency> implementation(ProjectFacts facts, List<String> groupPrefixes) {
        return facts.runtimeDependencies().stream()
                .filter(d -> groupPrefixes.stream().anyMatch(d.groupId()::startsWith))
                .findFirst();
    }
}
