package io.github.dockerfilegen;

import java.util.List;

/** The user properties ({@code -D...}) the plugin reads: one place for every name. */
public final class PluginProperties {
    public static final String PREFIX = "dockerfile-gen.";

    public static final String SKIP = PREFIX + "skip";
    public static final String LAYOUT = PREFIX + "layout";
    public static final String JAVA_VERSION = PREFIX + "javaVersion";
    public static final String MAIN_CLASS = PREFIX + "mainClass";
    public static final String RUNTIME = PREFIX + "runtime";
    public static final String SERVLET_CONTAINER = PREFIX + "servletContainer";
    public static final String BUILDER_IMAGE = PREFIX + "builderImage";
    public static final String RUNTIME_IMAGE = PREFIX + "runtimeImage";
    public static final String BUILDER_ARGS = PREFIX + "builderArgs";
    public static final String JVM_OPTIONS = PREFIX + "jvmOptions";
    public static final String PORTS = PREFIX + "ports";
    public static final String ARGS = PREFIX + "args";
    public static final String USER = PREFIX + "user";
    public static final String TEMPLATE_DIRECTORY = PREFIX + "templateDirectory";
    public static final String OUTPUT_DIRECTORY = PREFIX + "outputDirectory";
    public static final String BUILD_INPUTS = PREFIX + "buildInputs";
    public static final String BUILDER_CERTIFICATES = PREFIX + "builderCertificates";
    public static final String SETTINGS_SECRET = PREFIX + "settingsSecret";
    public static final String DEPENDENCY_CACHE = PREFIX + "dependencyCache";
    public static final String IMAGE_MIRROR = PREFIX + "imageMirror";
    public static final String BUILDER_ON_BUILD_PLATFORM = PREFIX + "builderOnBuildPlatform";
    public static final String OPENSHIFT = PREFIX + "openshift";
    public static final String WRITABLE_DIRECTORIES = PREFIX + "writableDirectories";
    public static final String TEST_STAGE = PREFIX + "testStage";
    public static final String JLINK = PREFIX + "jlink";
    public static final String JLINK_MODULES = PREFIX + "jlinkModules";
    public static final String STARTUP_CACHE = PREFIX + "startupCache";
    public static final String STARTUP_CACHE_TRAINING = PREFIX + "startupCacheTraining";
    public static final String OVERWRITE = PREFIX + "overwrite";

    /** The properties that change what generate writes: a regenerate command must repeat them. */
    public static final List<String> SHAPING_OUTPUT = List.of(
            LAYOUT,
            JAVA_VERSION,
            MAIN_CLASS,
            RUNTIME,
            SERVLET_CONTAINER,
            BUILDER_IMAGE,
            RUNTIME_IMAGE,
            BUILDER_ARGS,
            JVM_OPTIONS,
            PORTS,
            ARGS,
            USER,
            TEMPLATE_DIRECTORY,
            OUTPUT_DIRECTORY,
            BUILD_INPUTS,
            BUILDER_CERTIFICATES,
            SETTINGS_SECRET,
            DEPENDENCY_CACHE,
            IMAGE_MIRROR,
            BUILDER_ON_BUILD_PLATFORM,
            OPENSHIFT,
            WRITABLE_DIRECTORIES,
            TEST_STAGE,
            JLINK,
            JLINK_MODULES,
            STARTUP_CACHE,
            STARTUP_CACHE_TRAINING);

    private PluginProperties() {}
}
