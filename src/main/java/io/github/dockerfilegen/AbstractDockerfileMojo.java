package io.github.dockerfilegen;

import io.github.dockerfilegen.core.Generation;
import io.github.dockerfilegen.core.Generator;
import io.github.dockerfilegen.inspect.ProjectInspector;
import io.github.dockerfilegen.model.ConfigValidator;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the goals share: the parameters, the adapter that turns them into a validated
 * {@link GeneratorConfig}, and the hand-over of the project's facts and that configuration to the
 * Maven-free {@link Generator}, whose files {@code generate} writes and {@code check} compares.
 */
abstract class AbstractDockerfileMojo extends AbstractMojo {

    /**
     * Skip this goal, for example {@code -Ddockerfile-gen.skip} (the generated builder passes it so a
     * project that binds the plugin does not regenerate its Dockerfile inside the image).
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.SKIP, defaultValue = "false")
    protected boolean skip;

    /**
     * The kind of application, which decides the image's layers and how it starts: {@code auto}
     * (detect it), {@code spring-boot}, {@code quarkus}, {@code micronaut}, {@code uber-jar},
     * {@code jar} or {@code war}. Detection takes the first that fits in that order; setting one picks
     * another that also fits, such as {@code uber-jar} to run a Micronaut application's shaded jar as
     * built.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.LAYOUT, defaultValue = "auto")
    protected String layout;

    /**
     * The Java release to pick images for, such as {@code 21}. Default: maven-compiler-plugin's
     * {@code <release>} (the main compile execution's, else the plugin's), then the
     * {@code maven.compiler.release} property, then {@code <target>}, then {@code maven.compiler.target};
     * 17 when none is set. Rounded up to a release with images (17, 21 or 25), and the log says so.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JAVA_VERSION)
    protected String javaVersion;

    /**
     * The class to run, such as {@code com.example.Main}, for the layouts that start a class on a
     * classpath (plain jar, Micronaut, an uber-jar in classpath form). Default: maven-jar-plugin's
     * {@code <archive><manifest><mainClass>}, then exec-maven-plugin's {@code <mainClass>}, then the
     * {@code exec.mainClass} property, then the shade plugin's {@code ManifestResourceTransformer}, then
     * the assembly plugin's manifest; a value Maven could not resolve, such as <code>${start-class}</code>,
     * is passed over. Spring Boot and Quarkus start their own launcher.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.MAIN_CLASS)
    protected String mainClass;

    /**
     * The runtime image family: {@code distroless} (no shell, smallest attack surface; the default),
     * {@code temurin} (Ubuntu with a shell) or {@code alpine}. A war runs on its servlet container's
     * image instead (Tomcat's or Jetty's, Ubuntu with Temurin), which {@code temurin} also names;
     * {@code distroless} is refused for a war, {@code alpine} gives Jetty's Alpine image.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.RUNTIME)
    protected String runtime;

    /**
     * The server a war runs in: the servlet container {@code tomcat} (the default) or {@code jetty},
     * whose line follows the servlet API the project compiles against (javax: Tomcat 9.0 or Jetty ee8;
     * jakarta 5.0 and 6.0: Tomcat 10.1 or Jetty ee9/ee10; 6.1: Tomcat 11.0 or Jetty ee11), or the
     * Jakarta EE application servers {@code openliberty} and {@code wildfly}, one of which a war that
     * uses JAX-RS, CDI, EJB or MicroProfile without bringing an implementation needs (the default when
     * its build uses liberty-maven-plugin or wildfly-maven-plugin). Name the line to choose it yourself: {@code tomcat-9.0},
     * {@code tomcat-10.1}, {@code tomcat-11.0}, {@code jetty-ee8} ... {@code jetty-ee11}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.SERVLET_CONTAINER)
    protected String servletContainer;

    /**
     * The builder image, replacing the default for the Java release, such as
     * {@code maven:3.9.16-eclipse-temurin-21}. It needs {@code mvn} and a JDK.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_IMAGE)
    protected String builderImage;

    /**
     * The runtime image, replacing the default for the Java release and runtime, such as
     * {@code eclipse-temurin:21-jre-noble}. It needs {@code java} on the PATH.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.RUNTIME_IMAGE)
    protected String runtimeImage;

    /**
     * Extra arguments for the builder's Maven, replacing the default {@code -DskipTests}; for example
     * {@code <builderArgs><arg>-Pprod</arg><arg>-DskipTests</arg></builderArgs>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_ARGS)
    protected List<String> builderArgs;

    /**
     * Options for the application's JVM, after {@code -XX:MaxRAMPercentage=75}; for example
     * {@code <jvmOptions><jvmOption>-Xss512k</jvmOption></jvmOptions>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JVM_OPTIONS)
    protected List<String> jvmOptions;

    /**
     * Ports the application listens on, for {@code EXPOSE} and the printed {@code docker run}; for
     * example {@code <ports><port>8080</port></ports>} or {@code -Ddockerfile-gen.ports=8080,9090/udp}.
     * Default: the framework's own settings, read from {@code <env>} and the application's
     * configuration files: Spring Boot's {@code server.port} and {@code management.server.port},
     * Quarkus's {@code quarkus.http.port} (and the management port when enabled), Micronaut's
     * {@code micronaut.server.port}, each 8080 when unset; Dropwizard's connectors, from the YAML file
     * {@code <args>} names (8080, admin 8081, when unset); none for other applications.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.PORTS)
    protected List<String> ports;

    /**
     * The application's arguments, the image's {@code CMD} after its {@code ENTRYPOINT} (so
     * {@code docker run <image> <args>} replaces them); for example a Dropwizard service's
     * {@code <args><arg>server</arg><arg>/app/config.yml</arg></args>}: a Dropwizard service is refused
     * without them.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.ARGS)
    protected List<String> args;

    /**
     * Files and folders of the project copied into the image as they are, owned by root, after the
     * application: {@code <from>} relative to the build context's root, {@code <into>} an absolute path
     * in the image, {@code <mode>} an octal mode for every file and folder copied (optional), such as
     * {@code <extraFiles><extraFile><from>config.yml</from><into>/app/config.yml</into><mode>0644</mode></extraFile></extraFiles>}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected List<ExtraFileParameter> extraFiles;

    /**
     * Extra image labels, added to (and overriding) the OCI labels taken from the POM; for example
     * {@code <labels><org.example.team>payments</org.example.team></labels>}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> labels;

    /**
     * Environment variables of the image; for example {@code <env><TZ>UTC</TZ></env>}.
     *
     * @since 0.1.0
     */
    @Parameter
    protected Map<String, String> env;

    /**
     * The numeric {@code uid[:gid]} the application runs as, such as {@code 10001:10001}. Default
     * {@code 65532:65532} (distroless's {@code nonroot}). Root is refused.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.USER)
    protected String user;

    /**
     * A folder whose templates replace the bundled ones of the same name, such as
     * {@code src/main/docker/templates} holding {@code runtime/jre.ftl}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.TEMPLATE_DIRECTORY)
    protected File templateDirectory;

    /**
     * Where {@code Dockerfile} and {@code Dockerfile.dockerignore} are written; a folder inside the
     * project, such as {@code src/main/docker} (a relative path is resolved against the project).
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}")
    protected File outputDirectory;

    /**
     * Files and folders the build reads that the build context must also send, relative to its root
     * (the reactor's root for a module), such as
     * {@code <buildInputs><buildInput>config/checkstyle.xml</buildInput></buildInputs>}. Files that
     * plugin configuration names are found without it; build output, version control, IDE files and
     * keys are never sent.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILD_INPUTS)
    protected List<String> buildInputs;

    /**
     * CA certificates the builder trusts, in the operating system's store and the JVM's, for a
     * repository or proxy behind a company CA: PEM files ending {@code .crt}, relative to the build
     * context's root, such as
     * {@code <builderCertificates><builderCertificate>certs/corp-ca.crt</builderCertificate></builderCertificates>}.
     * The runtime stage does not get them.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_CERTIFICATES)
    protected List<String> builderCertificates;

    /**
     * Let the builder's Maven read {@code settings.xml} (private repositories, mirrors, credentials)
     * from a BuildKit secret, {@code docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml},
     * mounted for the Maven run only: it is in no layer and no image.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.SETTINGS_SECRET, defaultValue = "false")
    protected boolean settingsSecret;

    /**
     * Where the builder keeps the Maven repository between builds: {@code mount} (the default), a
     * BuildKit cache mount that outlives every layer but never leaves the machine; or {@code layer},
     * a layer of its own resolved from the POMs (maven-dependency-plugin's {@code go-offline}) before
     * the sources are copied, which a registry cache ({@code --cache-from}) restores on a fresh
     * machine: for CI fleets of short-lived machines.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.DEPENDENCY_CACHE)
    protected String dependencyCache;

    /**
     * A registry that serves copies of the public base images, written before every default image's
     * name, such as {@code registry.example.com/mirror}: {@code maven:3.9.16-eclipse-temurin-21}
     * becomes {@code registry.example.com/mirror/library/maven:3.9.16-eclipse-temurin-21} and
     * {@code gcr.io/distroless/java21-debian13:nonroot} becomes
     * {@code registry.example.com/mirror/gcr.io/distroless/java21-debian13:nonroot}. {@code <builderImage>}
     * and {@code <runtimeImage>} are used as written.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.IMAGE_MIRROR)
    protected String imageMirror;

    /**
     * Run the builder stage on the build machine's own platform ({@code FROM --platform=$BUILDPLATFORM}),
     * so that building the image for another architecture ({@code docker build --platform linux/arm64})
     * runs Maven natively instead of under emulation; its output, class files and jars, runs on any.
     * Set {@code false} when the build picks native code by the machine it runs on (os-maven-plugin's
     * {@code ${os.detected.classifier}}, a Maven profile activated by {@code <os><arch>}): then the
     * builder runs on the image's platform, under emulation when that is another one.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.BUILDER_ON_BUILD_PLATFORM, defaultValue = "true")
    protected boolean builderOnBuildPlatform;

    /**
     * Make the image run as any user ID in group 0, as OpenShift's restricted security context runs
     * it: the user's group is 0, the folders the application writes to ({@code <writableDirectories>}
     * and its server's own) are group 0's and group-writable ({@code COPY --chown --chmod}, no
     * {@code RUN}), and {@code HOME} is {@code /home/app}, one of them, unless {@code <env>} sets it.
     * The application's own files stay root's, readable by all, and read-only.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.OPENSHIFT, defaultValue = "false")
    protected boolean openshift;

    /**
     * Absolute folders in the image the application writes to, such as
     * {@code <writableDirectories><writableDirectory>/app/data</writableDirectory></writableDirectories>}:
     * made empty and owned by the application's user (group-writable by group 0 with
     * {@code <openshift>}). Tomcat's own ({@code logs}, {@code temp}, {@code work} and
     * {@code conf/Catalina}) are always added for a war.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.WRITABLE_DIRECTORIES)
    protected List<String> writableDirectories;

    /**
     * Add a stage named {@code test} that runs the project's tests ({@code mvn verify}) on the builder's
     * output, with the same sources, cache mount and {@code <builderArgs>} less the ones that skip tests:
     * {@code docker build --target test} runs them, and the image, which does not depend on the stage,
     * is built without them. For example {@code <testStage>true</testStage>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.TEST_STAGE, defaultValue = "false")
    protected boolean testStage;

    /**
     * Run the application on a Java runtime made with {@code jlink} of only the modules it needs,
     * instead of a whole JRE: about half the image. The modules come from {@code jdeps} over the
     * runtime jars and the application's classes, with those that reflection and service lookup need
     * (TLS, JMX, {@code sun.misc.Unsafe}); {@code jlink} runs in a stage of its own, from the JDK image
     * of the target platform, and the runtime lands on a small glibc base: distroless {@code cc}, or
     * Debian slim with {@code <runtime>temurin}. Not for a war (it runs on its container's JRE) nor
     * with {@code <runtime>alpine}. For example {@code <jlink>true</jlink>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JLINK, defaultValue = "false")
    protected boolean jlink;

    /**
     * Modules the {@code jlink} runtime gets beside those found, for what the application loads by
     * name at run time: {@code <jlinkModules><jlinkModule>jdk.localedata</jlinkModule></jlinkModules>}
     * (other languages' dates and numbers), {@code jdk.charsets}, {@code java.scripting}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.JLINK_MODULES)
    protected List<String> jlinkModules;

    /**
     * Give the image a start-up cache, made by a training run of the application in the runtime stage
     * with the image's own JVM and the entrypoint's options: an AOT cache on Java 25 and newer (JEP 514),
     * a dynamic CDS archive before. The training run must end by itself: Spring Boot 3.3 and newer
     * ({@code spring.context.exit=onRefresh}) and Quarkus ({@code quarkus.appcds.generate}) stop after
     * starting; other applications need {@code <startupCacheTraining>}. An application that needs a
     * database to start fails its training run, and so the build. For example
     * {@code <startupCache>true</startupCache>}.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.STARTUP_CACHE, defaultValue = "false")
    protected boolean startupCache;

    /**
     * What the start-up cache's training run gives the application, so that it starts, does its usual
     * start-up work and ends: system properties ({@code -D...}) go before the main class or jar,
     * everything else after it as program arguments; for example
     * {@code <startupCacheTraining><arg>-Dapp.mode=warmup</arg><arg>--exit-after-start</arg></startupCacheTraining>}.
     * A training run that never ends hangs the build.
     *
     * @since 0.1.0
     */
    @Parameter(property = PluginProperties.STARTUP_CACHE_TRAINING)
    protected List<String> startupCacheTraining;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    protected MavenSession session;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    protected PluginDescriptor plugin;

    private final ProjectInspector inspector;

    protected AbstractDockerfileMojo(ProjectInspector inspector) {
        this.inspector = inspector;
    }

    /**
     * What {@code generate} writes now: this project's facts and configuration, handed to the
     * Maven-free {@link Generator}. Empty when {@code skip} is set.
     */
    protected Optional<Generation> generation() throws ConfigurationException {
        if (skip) {
            getLog().info("Skipping: " + PluginProperties.SKIP + " is set.");
            return Optional.empty();
        }
        Generator generator = new Generator(plugin.getVersion(), Optional.ofNullable(templateDirectory));
        GeneratorConfig config = configuration(basedir());
        List<String> requested = new ArrayList<>(config.buildInputs());
        requested.addAll(config.builderCertificates());
        config.extraFiles().forEach(extra -> requested.add(extra.from()));
        ProjectFacts facts = inspector.inspect(project, session, requested);
        Generation generation = generator.generate(facts, config);
        if (generation instanceof Generation.Skipped skipped) {
            getLog().info("Skipping: " + skipped.reason() + ".");
        }
        return Optional.of(generation);
    }

    /** The project's folder: where the generated files' paths start. */
    protected Path basedir() {
        return project.getBasedir().toPath();
    }

    private GeneratorConfig configuration(Path basedir) throws ConfigurationException {
        Path output = outputDirectory.toPath().toAbsolutePath().normalize();
        String relativeOutput =
                basedir.toAbsolutePath().normalize().relativize(output).toString();
        ConfigValidator builder = GeneratorConfig.builder();
        if (extraFiles != null) {
            extraFiles.forEach(extra -> builder.extraFile(extra.from(), extra.into(), extra.mode()));
        }
        return builder.layout(layout)
                .javaVersion(javaVersion)
                .mainClass(mainClass)
                .runtime(runtime)
                .servletContainer(servletContainer)
                .builderImage(builderImage)
                .runtimeImage(runtimeImage)
                .builderArgs(builderArgs)
                .jvmOptions(jvmOptions)
                .ports(ports)
                .args(args)
                .labels(labels)
                .env(env)
                .user(user)
                .outputDirectory(relativeOutput.isEmpty() ? "." : relativeOutput)
                .buildInputs(buildInputs)
                .builderCertificates(builderCertificates)
                .settingsSecret(settingsSecret)
                .dependencyCache(dependencyCache)
                .imageMirror(imageMirror)
                .builderOnBuildPlatform(builderOnBuildPlatform)
                .openshift(openshift)
                .writableDirectories(writableDirectories)
                .testStage(testStage)
                .jlink(jlink)
                .jlinkModules(jlinkModules)
                .startupCache(startupCache)
                .startupCacheTraining(startupCacheTraining)
                .commandLineOptions(commandLineOptions())
                .declaresApplication(fromPom(mainClass, PluginProperties.MAIN_CLASS)
                        || fromPom(layout, PluginProperties.LAYOUT)
                                && !GeneratorConfig.AUTO_LAYOUT.equals(layout.trim()))
                .build();
    }

    /** Whether a parameter is set, and by this project's POM rather than a {@code -D} option of the run. */
    private boolean fromPom(String value, String property) {
        return value != null && !value.isBlank() && !session.getUserProperties().containsKey(property);
    }

    /** This run's -D options that shape the output (skip and overwrite do not). */
    private Map<String, String> commandLineOptions() {
        Map<String, String> options = new TreeMap<>();
        for (String name : PluginProperties.SHAPING_OUTPUT) {
            String value = session.getUserProperties().getProperty(name);
            if (value != null) {
                options.put(name, value);
            }
        }
        return options;
    }
}
