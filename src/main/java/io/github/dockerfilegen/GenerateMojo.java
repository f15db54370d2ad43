package io.github.dockerfilegen;

import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.output.AtomicFiles;
import io.github.dockerfilegen.plan.Planner;
import io.github.dockerfilegen.render.DockerfileRenderer;
import io.github.dockerfilegen.render.RenderedFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Writes a multi-stage Dockerfile for this project, and the {@code Dockerfile.dockerignore} next to
 * it: a Maven + JDK builder stage, and a runtime stage holding only a JRE and the application.
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.PACKAGE,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * Skip this goal, for example {@code -Ddockerfile-gen.skip} (the generated builder passes it so a
     * project that binds the plugin does not regenerate its Dockerfile inside the image).
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.SKIP, defaultValue = "false")
    boolean skip;

    /**
     * The Java release to pick images for, such as {@code 21}. Default: the maven-compiler-plugin
     * release (or {@code maven.compiler.release}), else its target; rounded up to an LTS (17, 21, 25).
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JAVA_VERSION)
    String javaVersion;

    /**
     * The class to run, such as {@code com.example.Main}. Default: maven-jar-plugin's
     * {@code <archive><manifest><mainClass>}, else the {@code exec.mainClass} property.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.MAIN_CLASS)
    String mainClass;

    /**
     * The runtime image family: {@code distroless} (no shell, smallest attack surface),
     * {@code temurin} (Ubuntu with a shell) or {@code alpine}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.RUNTIME, defaultValue = "distroless")
    String runtime;

    /**
     * The builder image, replacing the default for the Java release, such as
     * {@code maven:3.9.16-eclipse-temurin-21}. It needs {@code mvn} and a JDK.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_IMAGE)
    String builderImage;

    /**
     * The runtime image, replacing the default for the Java release and runtime, such as
     * {@code eclipse-temurin:21-jre-noble}. It needs {@code java} on the PATH.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.RUNTIME_IMAGE)
    String runtimeImage;

    /**
     * Extra arguments for the builder's Maven, replacing the default {@code -DskipTests}; for example
     * {@code <builderArgs><arg>-Pprod</arg><arg>-DskipTests</arg></builderArgs>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_ARGS)
    List<String> builderArgs;

    /**
     * Options for the application's JVM, after {@code -XX:MaxRAMPercentage=75}; for example
     * {@code <jvmOptions><jvmOption>-Xss512k</jvmOption></jvmOptions>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JVM_OPTIONS)
    List<String> jvmOptions;

    /**
     * Ports the application listens on, for {@code EXPOSE}; for example
     * {@code <ports><port>8080</port></ports>} or {@code -Ddockerfile-gen.ports=8080,9090/udp}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.PORTS)
    List<String> ports;

    /**
     * Extra image labels, added to (and overriding) the OCI labels taken from the POM; for example
     * {@code <labels><org.example.team>payments</org.example.team></labels>}.
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> labels;

    /**
     * Environment variables of the image; for example {@code <env><TZ>UTC</TZ></env>}.
     *
     * @since 0.1.0
     */
    @Parameter
    Map<String, String> env;

    /**
     * The numeric {@code uid[:gid]} the application runs as, such as {@code 10001:10001}. Default
     * {@code 65532:65532} (distroless's {@code nonroot}). Root is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.USER)
    String user;

    /**
     * A folder whose templates replace the bundled ones of the same name, such as
     * {@code src/main/docker/templates} holding {@code runtime/jre.ftl}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.TEMPLATE_DIRECTORY)
    File templateDirectory;

    /**
     * Where {@code Dockerfile} and {@code Dockerfile.dockerignore} are written; a folder inside the
     * project, such as {@code src/main/docker} (a relative path is resolved against the project).
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    PluginDescriptor plugin;

    private final ProjectInspector inspector;

    @Inject
    public GenerateMojo(ProjectInspector inspector) {
        this.inspector = inspector;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping: " + PluginProperties.SKIP + " is set.");
            return;
        }
        if ("pom".equals(project.getPackaging())) {
            getLog().info("Skipping: pom packaging has no application to put in an image.");
            return;
        }
        Path basedir = project.getBasedir().toPath();
        try {
            GeneratorConfig config = configuration(basedir);
            ProjectFacts facts = inspector.inspect(project, session);
            BuildPlan plan = new Planner(plugin.getVersion()).plan(facts, config);
            RenderedFiles files = new DockerfileRenderer(Optional.ofNullable(templateDirectory)).render(plan);

            Path dockerfile = basedir.resolve(plan.dockerfilePath());
            boolean changed = AtomicFiles.write(dockerfile, files.dockerfile());
            changed |= AtomicFiles.write(dockerfile.resolveSibling(dockerfile.getFileName() + ".dockerignore"),
                    files.dockerignore());

            getLog().info("dockerfile-gen: " + facts.packaging() + " project " + facts.artifactId() + " " + facts.version());
            plan.decisions().forEach(line -> getLog().info("  " + line));
            getLog().info((changed ? "Wrote " : "Up to date: ") + plan.dockerfilePath() + " and "
                    + plan.dockerfilePath() + ".dockerignore");
            getLog().info("Build it (in " + basedir + "): " + plan.buildCommand());
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the Dockerfile: " + e.getMessage(), e);
        }
    }

    private GeneratorConfig configuration(Path basedir) throws ConfigurationException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        String relativeOutput = basedir.toAbsolutePath().normalize().relativize(output).toString();
        return GeneratorConfig.builder()
                .javaVersion(javaVersion)
                .mainClass(mainClass)
                .runtime(runtime)
                .builderImage(builderImage)
                .runtimeImage(runtimeImage)
                .builderArgs(builderArgs)
                .jvmOptions(jvmOptions)
                .ports(ports)
                .labels(labels)
                .env(env)
                .user(user)
                .outputDirectory(relativeOutput.isEmpty() ? "." : relativeOutput)
                .build();
    }
}
