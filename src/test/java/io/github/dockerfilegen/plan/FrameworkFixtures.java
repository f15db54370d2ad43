package io.github.dockerfilegen.plan;

import static io.github.dockerfilegen.Fixtures.execution;
import static io.github.dockerfilegen.Fixtures.plugin;

import io.github.dockerfilegen.Fixtures;
import java.util.List;

/** Projects of each framework, as inspection reports them for the starters' own POMs. */
final class FrameworkFixtures {
    private FrameworkFixtures() {}

    /** spring-boot-starter-parent: repackage bound, and {@code ${start-class}} left unresolved everywhere. */
    static Fixtures springBoot(String version) {
        Fixtures project = new Fixtures().mainClass("${start-class}");
        project.artifactId = "shop";
        project.finalName = "shop-1.0.0";
        project.dependency("org.springframework.boot", "spring-boot", version)
                .dependency("org.apache.tomcat.embed", "tomcat-embed-core", "10.1.48");
        return project.with(plugin(
                SpringBootLayout.PLUGIN,
                version,
                "<mainClass>${start-class}</mainClass>",
                execution("repackage", List.of("repackage"), "<mainClass>${start-class}</mainClass>")));
    }

    /** code.quarkus.io: quarkus-maven-plugin with build, generate-code and generate-code-tests. */
    static Fixtures quarkus() {
        Fixtures project = new Fixtures().mainClass(null);
        project.artifactId = "greeter";
        project.finalName = "greeter-1.0.0";
        project.dependency("io.quarkus", "quarkus-rest", "3.33.2")
                .dependency("io.quarkus", "quarkus-vertx-http", "3.33.2");
        return project.with(plugin(
                "io.quarkus:quarkus-maven-plugin",
                "3.33.2",
                "",
                execution("default", List.of("build", "generate-code", "generate-code-tests"), "")));
    }

    /** Micronaut Launch: micronaut-parent shades into the main artifact; the main class is exec.mainClass. */
    static Fixtures micronaut() {
        Fixtures project = new Fixtures().mainClass(null);
        project.artifactId = "mn";
        project.finalName = "mn-1.0.0";
        project.pomProperties.put("exec.mainClass", "com.example.Application");
        project.dependency("io.micronaut", "micronaut-http-server-netty", "4.10.15");
        project.with(plugin(MicronautLayout.PLUGIN, "4.10.2", ""));
        return project.with(plugin(
                PackagedJars.SHADE,
                "3.6.1",
                "<transformers><transformer implementation=\"x.ServicesResourceTransformer\"/>"
                        + "<transformer implementation=\"x.ManifestResourceTransformer\">"
                        + "<mainClass>${exec.mainClass}</mainClass></transformer></transformers>",
                execution("default-shade", List.of("shade"), "")));
    }

    /** maven-shade-plugin with a manifest transformer, replacing the main artifact. */
    static Fixtures shaded(String configuration) {
        Fixtures project = new Fixtures().mainClass(null);
        return project.with(plugin(
                PackagedJars.SHADE,
                "3.6.2",
                "",
                execution(
                        "default",
                        List.of("shade"),
                        "<transformers><transformer implementation=\"x.ManifestResourceTransformer\">"
                                + "<mainClass>com.example.Server</mainClass></transformer></transformers>"
                                + configuration)));
    }
}
