package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.Port;
import java.util.List;
import java.util.Optional;

/**
 * What one application layout contributes to the plan.
 *
 * @param afterPackage commands the builder runs after {@code mvn package}, in the same layer (each
 *     is one argument per element)
 * @param afterPackageNote what those commands are for, for the Dockerfile's comment; empty when there are none
 * @param layers what the runtime stage copies from the builder, least often changed first: each
 *     is an image layer, so a code change ships only the last ones
 * @param jvmFlags the framework's JVM flags, before the user's {@code <jvmOptions>} (which can override them)
 * @param launch what follows the JVM options: {@code -cp <classpath> <main class>} or {@code -jar <jar>}
 * @param ports the ports the application listens on, from the framework's configuration
 * @param image the base image this kind of application needs (a servlet container), or empty for
 *     the catalog's JRE image
 * @param workdir the runtime stage's working folder
 * @param writable absolute folders the application's server writes to, such as Tomcat's {@code logs}
 */
record LayoutPlan(
        List<List<String>> afterPackage,
        String afterPackageNote,
        List<CopyStep> layers,
        List<String> jvmFlags,
        List<String> launch,
        List<Port> ports,
        Optional<String> image,
        String workdir,
        List<String> writable) {

    /** An application that runs on the catalog's JRE image, from {@code /app}. */
    LayoutPlan(
            List<List<String>> afterPackage,
            String afterPackageNote,
            List<CopyStep> layers,
            List<String> jvmFlags,
            List<String> launch,
            List<Port> ports) {
        this(
                afterPackage,
                afterPackageNote,
                layers,
                jvmFlags,
                launch,
                ports,
                Optional.empty(),
                Folders.APP_DIR,
                List.of());
    }

    LayoutPlan {
        afterPackage = afterPackage.stream().map(List::copyOf).toList();
        layers = List.copyOf(layers);
        jvmFlags = List.copyOf(jvmFlags);
        launch = List.copyOf(launch);
        ports = List.copyOf(ports);
        writable = List.copyOf(writable);
    }
}
