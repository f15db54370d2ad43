package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code <servletContainer>}: which servlet container runs a war, and optionally its line, which
 * otherwise follows the servlet API the project compiles against.
 *
 * @param kind Tomcat or Jetty
 * @param line a Tomcat version line ({@code 10.1}) or a Jetty environment ({@code ee10}); empty to
 *     match the servlet API
 */
public record ServletContainer(Kind kind, Optional<String> line) {

    /** The containers, with the lines a user may name. */
    public enum Kind {
        TOMCAT("tomcat", List.of("9.0", "10.1", "11.0")),
        JETTY("jetty", List.of("ee8", "ee9", "ee10", "ee11"));

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
    }

    public static final ServletContainer DEFAULT = new ServletContainer(Kind.TOMCAT, Optional.empty());

    /** {@code tomcat}, {@code tomcat-10.1}, {@code jetty}, {@code jetty-ee10}, ...; empty when not one of them. */
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
