package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlugin;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.Port;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeUser;
import io.github.dockerfilegen.plan.LayoutPlan.ServerStart;
import io.github.dockerfilegen.plan.LayoutPlan.Training;
import io.github.dockerfilegen.plan.PortRule.Listening;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A war on WildFly's official image, laid out as that image expects: the archive in
 * {@code standalone/deployments} under the name it is deployed by (its context root, unless
 * {@code WEB-INF/jboss-web.xml} names another; {@code ROOT.war} serves it at {@code /}), started by {@code standalone.sh -b 0.0.0.0} as the
 * image's {@code jboss} user. The image sets {@code LAUNCH_JBOSS_IN_BACKGROUND}, so the script
 * forwards {@code SIGTERM} to the JVM and waits for its graceful shutdown.
 */
final class WildFlyServer {
    static final String PLUGIN = "org.wildfly.plugins:wildfly-maven-plugin";

    private static final String HOME = "/opt/jboss/wildfly";
    /** The image's {@code jboss} user and group; the server's folders are jboss:0 and group-writable. */
    private static final RuntimeUser JBOSS = new RuntimeUser(1000, Optional.of(1000L));

    private static final int HTTP = 8080;
    private static final int MANAGEMENT = 9990;

    private WildFlyServer() {}

    static LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        String image = ImageCatalog.wildfly(release)
                .orElseThrow(() -> new ConfigurationException("WildFly " + ImageCatalog.WILDFLY_VERSION
                        + " publishes images for Java 17 and 21, not for Java " + release + ". Set"
                        + " <javaVersion>21</javaVersion>, or <runtimeImage> to a WildFly image for Java " + release
                        + " (WildFly 40 and later publish quay.io/wildfly/wildfly:latest-jdk25)."));
        ApplicationServerRule.refuseRuntimeFlavor(config, "WildFly");
        String deployment = deploymentName(facts);
        String contextRoot = facts.jbossContextRoot()
                .map(root -> root.startsWith("/") ? root : "/" + root)
                .map(root -> root + " (WEB-INF/jboss-web.xml's <context-root>)")
                .orElse(deployment.equals("ROOT.war") ? "/" : "/" + deployment.replaceFirst("\\.war$", "") + "/");
        log.decide("WildFly " + ImageCatalog.WILDFLY_VERSION + " (" + image + "): " + deployment + " in"
                + " standalone/deployments, served under " + contextRoot);
        List<String> command = new ArrayList<>(List.of(HOME + "/bin/standalone.sh", "-b", "0.0.0.0"));
        if (config.ports().contains(Port.tcp(MANAGEMENT))) {
            command.addAll(List.of("-bmanagement", "0.0.0.0"));
            log.decide("the management interface listens on all addresses (" + MANAGEMENT + " is in <ports>);"
                    + " add a management user to use it");
        }
        String war = Folders.target(facts) + "/" + facts.finalName() + ".war";
        return LayoutPlan.builder()
                .layers(List.of(Folders.fromBuild(facts, war, HOME + "/standalone/deployments/" + deployment)))
                .listening(new Listening.Fixed(Port.tcp(HTTP)))
                .image(image, HOME)
                .training(new Training.Unsupported(
                        "a war is loaded by its server's class loaders, which its start-up does not train"))
                // standalone.conf puts JBOSS_JAVA_SIZING (-Xmx512m when unset) before its other defaults.
                .server(new ServerStart(
                        command, "JBOSS_JAVA_SIZING", JBOSS, Planner.JRE_TEMPLATE, Optional.empty(), new TreeMap<>()))
                .build();
    }

    /** wildfly-maven-plugin's deployment {@code <name>}, else the war's own file name, as {@code wildfly:deploy} names it. */
    private static String deploymentName(ProjectFacts facts) {
        return facts.plugin(PLUGIN)
                .flatMap(p -> p.value(BuildPlugin.ANY_EXECUTION, "name"))
                .map(Detected::value)
                .filter(name -> name.endsWith(".war"))
                .orElse(facts.finalName() + ".war");
    }
}
