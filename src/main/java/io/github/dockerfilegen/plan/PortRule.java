package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The ports the image exposes and the printed {@code docker run} publishes: {@code <ports>}, else
 * what the framework's configuration names, else the framework's default, else none. Layouts only
 * say what they know ({@link Listening}): their framework's setting keys and defaults, a servlet
 * container's fixed port, or nothing; an application with an HTTP server library but no known port
 * gets a warning.
 */
final class PortRule {
    /** {@code ${PORT:8080}}: a placeholder with a default, the value when the variable is unset. */
    private static final Pattern PLACEHOLDER_WITH_DEFAULT = Pattern.compile("\\$\\{[^:}]+:([^}]*)}");

    /** Libraries that serve HTTP, for applications whose layout cannot know the port (a framework's reads it). */
    private static final List<String> HTTP_SERVERS = List.of(
            "io.javalin:javalin",
            "io.vertx:vertx-web",
            "io.helidon.webserver:helidon-webserver",
            "io.dropwizard:dropwizard-core",
            "io.undertow:undertow-core",
            "org.eclipse.jetty:jetty-server",
            "org.apache.tomcat.embed:tomcat-embed-core",
            "io.ktor:ktor-server-core-jvm",
            "com.sparkjava:spark-core",
            "io.jooby:jooby");

    /** The JDK's HTTP server: no library on the classpath, only the application's own code uses it. */
    private static final String JDK_HTTP_SERVER = "com.sun.net.httpserver";

    private PortRule() {}

    /** What a layout knows of the ports its application listens on. */
    sealed interface Listening {
        /** Nothing: a plain application, which may still serve HTTP with a library of its own. */
        record Unknown() implements Listening {}

        /** No server: the framework serves no HTTP ({@code why}, for the log). */
        record NoServer(String why) implements Listening {}

        /** Always this port, such as a servlet container's connector. */
        record Fixed(Port port) implements Listening {}

        /**
         * Ports the layout read from the server's own configuration.
         *
         * @param source where they were read, for the log
         */
        record Read(List<Port> ports, String source) implements Listening {
            public Read {
                ports = List.copyOf(ports);
            }
        }

        /**
         * The framework's own settings, read from its configuration.
         *
         * @param framework the framework's name, for the log ({@code Spring Boot})
         * @param config where the values are read
         * @param settings the port settings, the main one first
         */
        record Settings(String framework, AppConfig config, List<PortSetting> settings) implements Listening {
            public Settings {
                settings = List.copyOf(settings);
            }
        }
    }

    /**
     * One port setting of a framework.
     *
     * @param key its key, such as {@code server.port}
     * @param whenUnset the port the framework listens on when the setting is not set, if it listens then
     */
    record PortSetting(String key, Optional<Port> whenUnset) {
        static PortSetting withDefault(String key, int port) {
            return new PortSetting(key, Optional.of(Port.tcp(port)));
        }

        static PortSetting onlyWhenSet(String key) {
            return new PortSetting(key, Optional.empty());
        }
    }

    static List<Port> ports(ProjectFacts facts, GeneratorConfig config, Listening listening, PlanLog log) {
        if (!config.ports().isEmpty()) {
            log.decide("ports " + config.ports() + " (from <ports>)");
            return config.ports();
        }
        if (listening instanceof Listening.Settings settings) {
            return fromSettings(settings, log);
        }
        if (listening instanceof Listening.Fixed fixed) {
            return List.of(fixed.port());
        }
        if (listening instanceof Listening.Read read) {
            log.decide("ports " + read.ports() + " (" + read.source() + ")");
            return read.ports();
        }
        if (listening instanceof Listening.NoServer none) {
            log.decide(none.why());
        } else {
            warnUnexposedServer(facts, log);
        }
        return List.of();
    }

    /** The ports a framework's settings name, else their defaults, each once; logged with the main one's source. */
    static List<Port> fromSettings(Listening.Settings framework, PlanLog log) {
        List<Port> ports = new ArrayList<>();
        Optional<Detected> main = Optional.empty();
        for (PortSetting setting : framework.settings()) {
            Optional<Detected> value = framework.config().get(setting.key());
            if (setting == framework.settings().get(0)) {
                main = value;
            }
            value.map(found -> port(found, log))
                    .orElse(setting.whenUnset())
                    .filter(port -> !ports.contains(port))
                    .ifPresent(ports::add);
        }
        PortSetting first = framework.settings().get(0);
        log.decide("ports " + ports + " ("
                + main.map(Detected::source)
                        .orElse(framework.framework() + "'s default "
                                + first.whenUnset().map(Port::toString).orElse("none"))
                + ")");
        return ports;
    }

    /**
     * The port a setting names. Empty, with a log line, when it names none to expose: 0 (a random
     * port), a negative one (disabled) or something that is not a number.
     */
    private static Optional<Port> port(Detected setting, PlanLog log) {
        String value = setting.value();
        var placeholder = PLACEHOLDER_WITH_DEFAULT.matcher(value);
        if (placeholder.matches()) {
            value = placeholder.group(1).trim();
        }
        if (value.matches("-?[0-9]{1,9}")) {
            int number = Integer.parseInt(value);
            if (number <= 0) {
                log.decide("no port to expose from " + setting.source() + " " + value
                        + (number == 0 ? " (a random port)" : " (disabled)"));
                return Optional.empty();
            }
            Optional<Port> port = Port.parse(value);
            if (port.isPresent()) {
                return port;
            }
        }
        log.warn("The port " + Text.quoteForMessage(setting.value()) + " from " + setting.source()
                + " is not a fixed port number, so it is not exposed; set <ports> to expose one.");
        return Optional.empty();
    }

    /**
     * An HTTP server without a known port, a library's or the JDK's own: the image would EXPOSE nothing
     * and the run command publish nothing.
     */
    private static void warnUnexposedServer(ProjectFacts facts, PlanLog log) {
        HTTP_SERVERS.stream()
                .filter(server -> facts.dependency(server).isPresent())
                .map(server -> server + " is an HTTP server on the runtime classpath")
                .findFirst()
                .or(() -> facts.referencedPackages().contains(JDK_HTTP_SERVER)
                        ? Optional.of("The application serves HTTP with the JDK's own server (" + JDK_HTTP_SERVER + ")")
                        : Optional.empty())
                .ifPresent(server -> log.warn(server + ", but no port is known, so the image exposes none: set"
                        + " <ports> (for example -Ddockerfile-gen.ports=8080)."));
    }
}
