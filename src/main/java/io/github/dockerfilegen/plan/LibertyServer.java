package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ServerSetup;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LibertyConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.plan.LayoutPlan.ServerStart;
import io.github.dockerfilegen.plan.LayoutPlan.Training;
import io.github.dockerfilegen.plan.PortRule.Listening;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A war on Open Liberty's kernel-slim image, set up as Open Liberty's own guides' Dockerfile sets it
 * up: the project's configuration folder into {@code /config} as the image's user (1001, group 0),
 * {@code features.sh} installing the features its server.xml names, the war where server.xml's
 * {@code <webApplication location>} expects it (else in {@code dropins}), {@code configure.sh}; started
 * by the image's entrypoint, {@code server run defaultServer}, the JVM PID 1.
 */
final class LibertyServer {
    private static final String CONFIG = "/config";
    /** The image's user, {@code default}: uid 1001 in group 0, which owns what Liberty writes. */
    private static final RuntimeUser IMAGE_USER = new RuntimeUser(1001, Optional.of(0L));

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([^}]+)}");
    private static final String APPS_PREFIX = "${server.config.dir}/apps/";
    private static final String PLUGIN_VARIABLE = "liberty.var.";
    private static final String PLUGIN_DEFAULT = "liberty.defaultVar.";

    private LibertyServer() {}

    static LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        LibertyConfig liberty = facts.libertyConfig()
                .filter(LibertyConfig::serverXml)
                .orElseThrow(() -> new ConfigurationException("Open Liberty installs the features its server.xml"
                        + " names, and " + facts.artifactId() + " has no "
                        + facts.libertyConfig().map(LibertyConfig::directory).orElse("src/main/liberty/config")
                        + "/server.xml (liberty-maven-plugin's <configDirectory>). Add one with a <featureManager>"
                        + " listing the features the application uses, or choose another <servletContainer>."));
        ApplicationServerRule.refuseRuntimeFlavor(config, "Open Liberty");
        String image = ImageCatalog.openLiberty(release);
        log.decide("Open Liberty " + ImageCatalog.LIBERTY_VERSION + " kernel-slim (" + image + ", IBM Semeru's"
                + " OpenJ9 JVM for Java " + release + "): features.sh installs " + String.join(", ", liberty.features())
                + " from " + liberty.directory() + "/server.xml");

        SortedMap<String, String> fromPlugin = pluginVariables(facts, PLUGIN_VARIABLE);
        for (Map.Entry<String, String> variable : fromPlugin.entrySet()) {
            Planner.checkPomText("<" + PLUGIN_VARIABLE + variable.getKey() + "> property", variable.getValue());
        }
        Variables variables = new Variables(liberty, fromPlugin, log);
        SortedMap<String, String> env = variables.environment();
        pluginVariables(facts, PLUGIN_DEFAULT)
                .keySet()
                .forEach(name -> log.warn("liberty.defaultVar." + name + " is written by liberty-maven-plugin only"
                        + " into a server it creates, so the image does not have it: give the variable a"
                        + " defaultValue in server.xml"));
        List<Port> ports = ports(liberty, variables, log);

        String war = Folders.target(facts) + "/" + facts.finalName() + ".war";
        String deployed = deployedWar(facts, liberty, log);
        CopyStep configuration = CopyStep.fromContext(Folders.inContext(facts, liberty.directory()) + "/", CONFIG + "/")
                .ownedBy(IMAGE_USER, Optional.empty());
        CopyStep application = Folders.fromBuild(facts, war, deployed).ownedBy(IMAGE_USER, Optional.empty());
        ServerSetup setup =
                new ServerSetup(IMAGE_USER, configuration, "features.sh", List.of(application), "configure.sh");
        return LayoutPlan.builder()
                .listening(new Listening.Read(ports, variables.portSource()))
                .image(image, CONFIG)
                .training(new Training.Unsupported(
                        "a war is loaded by its server's class loaders, which its start-up does not train"))
                // The server script adds JVM_ARGS to the JVM's options, after the configuration's jvm.options.
                .server(new ServerStart(
                        List.of(
                                "/opt/ol/helpers/runtime/docker-server.sh",
                                "/opt/ol/wlp/bin/server",
                                "run",
                                "defaultServer"),
                        "JVM_ARGS",
                        IMAGE_USER,
                        "runtime/openliberty",
                        Optional.of(setup),
                        env))
                .build();
    }

    /**
     * Where the war goes: the location server.xml's {@code <webApplication>} names, in
     * {@code /config/apps}; without one, {@code dropins}, which serves it under its name.
     */
    private static String deployedWar(ProjectFacts facts, LibertyConfig liberty, PlanLog log) {
        Optional<String> location = liberty.applicationLocation()
                .map(l -> l.startsWith(APPS_PREFIX) ? l.substring(APPS_PREFIX.length()) : l);
        if (location.isPresent() && location.get().matches("[A-Za-z0-9._+-]+\\.war")) {
            log.decide("the war goes to " + CONFIG + "/apps/" + location.get() + ", where server.xml's"
                    + " <webApplication location> expects it");
            return CONFIG + "/apps/" + location.get();
        }
        location.ifPresent(l -> log.warn("server.xml's <webApplication location=\"" + l + "\"> is not a war's name"
                + " in its apps folder, so the war goes to dropins instead; name the war (location=\""
                + facts.finalName() + ".war\") to deploy it as server.xml says"));
        log.decide("the war goes to " + CONFIG + "/dropins, served under /" + facts.finalName() + "/");
        return CONFIG + "/dropins/" + facts.finalName() + ".war";
    }

    /**
     * The ports the default {@code <httpEndpoint>} opens, its variables resolved as the image resolves
     * them; 9080 and 9443 when it names none. Listening on one host only is warned about: the image's
     * {@code open-default-port.xml} opens every address only when server.xml names no host.
     */
    private static List<Port> ports(LibertyConfig liberty, Variables variables, PlanLog log) {
        List<Port> ports = new ArrayList<>();
        port(liberty.httpPort(), "9080", variables, log).ifPresent(ports::add);
        port(liberty.httpsPort(), "9443", variables, log).ifPresent(ports::add);
        liberty.host().map(variables::resolve).ifPresent(host -> {
            if (!host.equals("*") && !host.equals("0.0.0.0")) {
                log.warn("server.xml's <httpEndpoint host=\"" + liberty.host().get() + "\"> makes Liberty listen on "
                        + host + " alone, so the container answers nothing on its published ports. Set host=\"*\","
                        + " or leave host out: the image then listens on every address.");
            }
        });
        return ports;
    }

    private static Optional<Port> port(Optional<String> written, String fallback, Variables variables, PlanLog log) {
        String value = variables.resolve(written.orElse(fallback));
        if (!value.matches("[0-9]{1,5}") || Integer.parseInt(value) == 0 || Integer.parseInt(value) > 65535) {
            if (!value.equals("-1")) {
                log.warn("server.xml's httpEndpoint port " + written.orElse(fallback) + " resolves to " + value
                        + ", not a port to expose; name it in <ports>");
            }
            return Optional.empty();
        }
        return Optional.of(Port.tcp(Integer.parseInt(value)));
    }

    /** The project's {@code <prefix>name} properties, by name; the command line's win. */
    private static SortedMap<String, String> pluginVariables(ProjectFacts facts, String prefix) {
        SortedMap<String, String> found = new TreeMap<>();
        for (Map<String, String> properties :
                List.of(facts.properties().pom(), facts.properties().commandLine())) {
            properties.forEach((key, value) -> {
                if (key.startsWith(prefix) && key.length() > prefix.length()) {
                    found.put(key.substring(prefix.length()), value);
                }
            });
        }
        return found;
    }

    /**
     * Liberty's variables as the image sees them. liberty-maven-plugin writes {@code liberty.var.*}
     * only into a server it creates, so the image gets them as environment variables, which Liberty
     * reads as variables of the same name with '_' for '.': below {@code bootstrap.properties} and
     * server.xml's {@code <variable value>}, above {@code defaultValue}.
     */
    private static final class Variables {
        private final LibertyConfig liberty;
        private final SortedMap<String, String> fromPlugin;
        private final PlanLog log;
        private final List<String> sources = new ArrayList<>();

        Variables(LibertyConfig liberty, SortedMap<String, String> fromPlugin, PlanLog log) {
            this.liberty = liberty;
            this.fromPlugin = fromPlugin;
            this.log = log;
        }

        /** The environment variables that carry {@code liberty.var.*} into the image. */
        SortedMap<String, String> environment() {
            SortedMap<String, String> env = new TreeMap<>();
            fromPlugin.forEach((name, value) -> {
                String variable = name.replaceAll("[^A-Za-z0-9_]", "_");
                env.put(variable, value);
                Optional<String> shadow = liberty.variables().containsKey(name)
                        ? Optional.of("server.xml's <variable value>")
                        : liberty.bootstrapProperties().containsKey(name)
                                ? Optional.of("bootstrap.properties")
                                : Optional.empty();
                if (shadow.isPresent()) {
                    log.warn("liberty.var." + name + " reaches the image as the environment variable " + variable
                            + ", which " + shadow.get() + " overrides in Liberty (liberty-maven-plugin writes it into"
                            + " configDropins/overrides only for a server it creates). Set the value there.");
                } else {
                    log.decide("liberty.var." + name + " becomes the environment variable " + variable + "="
                            + value + ", which Liberty reads as ${" + name + "} (liberty-maven-plugin writes it only"
                            + " into a server it creates)");
                }
            });
            return env;
        }

        /** The text with each {@code ${name}} replaced as the image resolves it; unknown ones stay. */
        String resolve(String text) {
            Matcher m = VARIABLE.matcher(text);
            StringBuilder resolved = new StringBuilder();
            while (m.find()) {
                String name = m.group(1);
                String value = Optional.ofNullable(liberty.variables().get(name))
                        .map(v -> note(v, "server.xml's <variable " + name + ">"))
                        .or(() -> Optional.ofNullable(
                                        liberty.bootstrapProperties().get(name))
                                .map(v -> note(v, "bootstrap.properties " + name)))
                        .or(() -> Optional.ofNullable(fromPlugin.get(name)).map(v -> note(v, "liberty.var." + name)))
                        .or(() -> Optional.ofNullable(liberty.variableDefaults().get(name))
                                .map(v -> note(v, "server.xml's <variable " + name + " defaultValue>")))
                        .orElse(m.group());
                m.appendReplacement(resolved, Matcher.quoteReplacement(value));
            }
            m.appendTail(resolved);
            return resolved.toString();
        }

        private String note(String value, String source) {
            sources.add(source);
            return value;
        }

        String portSource() {
            return "server.xml's httpEndpoint" + (sources.isEmpty() ? "" : ", from " + String.join(", ", sources));
        }
    }
}
