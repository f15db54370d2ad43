package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.JavaRelease;
import io.github.dockerfilegen.model.RuntimeFlavor;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The default images: the single table the generator takes image names from, with how the servlet
 * containers' images are laid out and started. {@code <builderImage>} and {@code <runtimeImage>}
 * override a row; {@code --build-arg} overrides it at build time.
 */
final class ImageCatalog {

    private record Row(String builder, String distroless, String temurin, String alpine) {}

    /** Temurin's JDK on Ubuntu, for projects whose own Maven wrapper builds them. */
    private static final String JDK = "eclipse-temurin:%d-jdk-noble";

    private static final Map<Integer, Row> TABLE = Map.of(
            17,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-17",
                            "gcr.io/distroless/java17-debian13:nonroot",
                            "eclipse-temurin:17-jre-noble",
                            "eclipse-temurin:17-jre-alpine"),
            21,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-21",
                            "gcr.io/distroless/java21-debian13:nonroot",
                            "eclipse-temurin:21-jre-noble",
                            "eclipse-temurin:21-jre-alpine"),
            25,
                    new Row(
                            "maven:3.9.16-eclipse-temurin-25",
                            "gcr.io/distroless/java25-debian13:nonroot",
                            "eclipse-temurin:25-jre-noble",
                            "eclipse-temurin:25-jre-alpine"));

    /** The official Tomcat images: a version line on Temurin's JRE, Ubuntu. */
    private static final String TOMCAT = "tomcat:%s-jre%d-temurin-noble";
    /** The official Jetty 12.1 images (JDK only: Jetty publishes no 12.1 JRE image), Ubuntu or Alpine. */
    private static final String JETTY = "jetty:12.1-jdk%d-eclipse-temurin";

    private static final String JETTY_ALPINE = "jetty:12.1-jdk%d-alpine-eclipse-temurin";

    /**
     * WildFly's official images (UBI, Temurin's JDK), by the Java release they run on: the last
     * release with images for both 17 and 21. 40 and later publish 21 and 25 only.
     */
    static final String WILDFLY_VERSION = "39.0.1.Final";

    private static final String WILDFLY = "quay.io/wildfly/wildfly:" + WILDFLY_VERSION + "-jdk%d";
    private static final List<Integer> WILDFLY_RELEASES = List.of(17, 21);

    /**
     * Open Liberty's official kernel-slim images (UBI minimal, IBM Semeru's OpenJ9), which install the
     * features a server.xml names in the application's own build.
     */
    static final String LIBERTY_VERSION = "26.0.0.3";

    private static final String LIBERTY =
            "icr.io/appcafe/open-liberty:" + LIBERTY_VERSION + "-kernel-slim-java%d-openj9-ubi-minimal";

    private static final String JLINK_DISTROLESS = "gcr.io/distroless/cc-debian13:nonroot";
    private static final String JLINK_SLIM = "debian:trixie-slim";

    private ImageCatalog() {}

    /**
     * How a servlet container's official image runs a war.
     *
     * @param name what the log calls it, such as {@code Tomcat 10.1}
     * @param image its base image
     * @param home the container's folder, the runtime stage's working folder
     * @param webapps where the root application goes
     * @param writable absolute folders the container writes to
     * @param jvmFlags the container's JVM flags
     * @param launch what follows the JVM options
     */
    record ServletImage(
            String name,
            String image,
            String home,
            String webapps,
            List<String> writable,
            List<String> jvmFlags,
            List<String> launch) {}

    /** Tomcat of this version line ({@code 10.1}) on this Java release, started as {@code catalina.sh} would. */
    static ServletImage tomcat(String line, int release) {
        row(release);
        String home = "/usr/local/tomcat";
        return new ServletImage(
                "Tomcat " + line,
                String.format(Locale.ROOT, TOMCAT, line, release),
                home,
                home + "/webapps",
                // Tomcat creates conf/Catalina/localhost at start, for context files; conf/ itself is root's.
                List.of(home + "/logs", home + "/temp", home + "/work", home + "/conf/Catalina"),
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

    /**
     * Jetty 12.1 on this Java release, started with {@code start.jar} and these modules of the
     * environment ({@code ee10}), such as {@code deploy} and {@code jsp}.
     */
    static ServletImage jetty(String environment, List<String> modules, int release, boolean alpine) {
        row(release);
        String base = "/var/lib/jetty";
        return new ServletImage(
                "Jetty 12.1 " + environment,
                String.format(Locale.ROOT, alpine ? JETTY_ALPINE : JETTY, release),
                base,
                base + "/webapps",
                List.of(),
                List.of(),
                List.of(
                        "-jar",
                        "/usr/local/jetty/start.jar",
                        "--module="
                                + String.join(
                                        ",",
                                        modules.stream()
                                                .map(m -> environment + "-" + m)
                                                .toList())));
    }

    /** WildFly's image for this Java release; empty when WildFly publishes none for it. */
    static Optional<String> wildfly(int release) {
        return WILDFLY_RELEASES.contains(release)
                ? Optional.of(String.format(Locale.ROOT, WILDFLY, release))
                : Optional.empty();
    }

    /** Open Liberty's kernel-slim image for this Java release, which Open Liberty publishes for all of ours. */
    static String openLiberty(int release) {
        row(release);
        return String.format(Locale.ROOT, LIBERTY, release);
    }

    /**
     * The base a {@code jlink} runtime lands on: glibc and little else. Distroless's {@code cc} (glibc,
     * libstdc++, certificates, time zones, the nonroot user; no shell), or Debian slim for
     * {@code temurin}, which asks for a shell. Temurin links its runtimes against glibc alone.
     */
    static String jlinkBase(RuntimeFlavor flavor) {
        return switch (flavor) {
            case DISTROLESS -> JLINK_DISTROLESS;
            case TEMURIN -> JLINK_SLIM;
            case ALPINE -> throw new IllegalArgumentException("no glibc base for alpine");
        };
    }

    /** A JDK without Maven, for the Maven wrapper and for jlink. */
    static String jdk(int release) {
        row(release);
        return String.format(Locale.ROOT, JDK, release);
    }

    static String builder(int release) {
        return row(release).builder();
    }

    static String runtime(RuntimeFlavor flavor, int release) {
        Row row = row(release);
        return switch (flavor) {
            case DISTROLESS -> row.distroless();
            case TEMURIN -> row.temurin();
            case ALPINE -> row.alpine();
        };
    }

    private static Row row(int release) {
        Row row = TABLE.get(release);
        if (row == null) {
            throw new IllegalArgumentException(
                    "no images for Java " + release + "; supported: " + JavaRelease.SUPPORTED);
        }
        return row;
    }
}
