package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <servletContainer>}: which server runs a war, a servlet container (optionally its line,
 * which otherwise follows the servlet API the project compiles against) or a Jakarta EE application
 * server.
 *
 * @param kind Tomcat, Jetty, WildFly or Open Liberty
 * @param line a Tomcat version line ({@code 10.1}) or a Jetty environment ({@code ee10}); empty to
 *     match the servlet API, and always empty for an application server
 */
public record ServletContainer(Kind kind, Optional<String> line) {

    /** The servers, with the lines a user may name. */
    public enum Kind {
        TOMCAT("tomcat", List.of("9.0", "10.1", "11.0")),
        JETTY("jetty", List.of("ee8", "ee9", "ee10", "ee11")),
        /** A Jakarta EE application server: JAX-RS, CDI, EJB, JPA and more, not only servlets. */
        WILDFLY("wildfly", List.of()),
        /** A Jakarta EE and MicroProfile application server, with the features server.xml names. */
        OPENLIBERTY("openliberty", List.of());

        private final String id;
        private final List<String> lines;

        Kind(String id, List<String> lines) {
            this.id = id;
            this.lines = lines;
        }

        public String id() {
            return id;
        }

        public List<String> lines() {
            return lines;
        }

        /** Whether it is a Jakarta EE application server rather than a servlet container. */
        public boolean applicationServer() {
            return this == WILDFLY || this == OPENLIBERTY;
        }
    }

    /** Tomcat, when {@code <servletContainer>} is not set and the war needs no application server. */
    public static final ServletContainer DEFAULT = new ServletContainer(Kind.TOMCAT, Optional.empty());

    /** {@code tomcat}, {@code tomcat-10.1}, {@code jetty-ee10}, {@code wildfly}, ...; empty when not one of them. */
    public static Optional<ServletContainer> parse(String text) {
        String value = text.trim();
        for (Kind kind : Kind.values()) {
            if (value.equals(kind.id)) {
                return Optional.of(new ServletContainer(kind, Optional.empty()));
            }
            for (String line : kind.lines) {
                if (value.equals(kind.id + "-" + line)) {
                    return Optional.of(new ServletContainer(kind, Optional.of(line)));
                }
            }
        }
        return Optional.empty();
    }

    /** Every value {@link #parse} accepts, for an error message. */
    public static String accepted() {
        List<String> all = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            all.add(kind.id);
            kind.lines.forEach(line -> all.add(kind.id + "-" + line));
        }
        return String.join(", ", all);
    }

    @Override
    public String toString() {
        return kind.id + line.map(l -> "-" + l).orElse("");
    }
}
