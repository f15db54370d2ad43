package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The servlet API a war compiles against, told by its version rather than its groupId:
 * {@code jakarta.servlet-api} 4.0 is still the {@code javax} namespace, and the Java EE / Jakarta EE
 * umbrella APIs count by their own version.
 */
final class ServletApiRule {
    private ServletApiRule() {}

    /**
     * A servlet API.
     *
     * @param jakarta whether its packages are {@code jakarta.servlet} (5.0 and later) or {@code javax.servlet}
     * @param version the servlet specification version
     * @param source the dependency it was read from, for the log
     */
    record ServletApi(boolean jakarta, Version version, String source) {
        @Override
        public String toString() {
            return (jakarta ? "jakarta" : "javax") + ".servlet " + version + " (from " + source + ")";
        }
    }

    /** The first servlet API among the provided, then the runtime dependencies. */
    static Optional<ServletApi> detect(ProjectFacts facts) {
        List<RuntimeDependency> candidates = new ArrayList<>(facts.providedDependencies());
        candidates.addAll(facts.runtimeDependencies());
        for (RuntimeDependency dependency : candidates) {
            Optional<Version> version = Version.parse(dependency.baseVersion());
            if (version.isPresent()) {
                Optional<Version> servlet = servletVersion(dependency.key(), version.get());
                if (servlet.isPresent()) {
                    return Optional.of(
                            new ServletApi(servlet.get().major() >= 5, servlet.get(), dependency.toString()));
                }
            }
        }
        return Optional.empty();
    }

    /** The servlet version an API artifact of this version stands for, if it is one. */
    private static Optional<Version> servletVersion(String artifact, Version version) {
        return switch (artifact) {
            case "javax.servlet:javax.servlet-api",
                    "javax.servlet:servlet-api",
                    "jakarta.servlet:jakarta.servlet-api" -> Optional.of(version);
            // Java EE 7 has Servlet 3.1, Java EE 8 and Jakarta EE 8 Servlet 4.0.
            case "javax:javaee-api", "javax:javaee-web-api" ->
                Optional.of(version.major() >= 8 ? new Version(4, 0) : new Version(3, 1));
            case "jakarta.platform:jakarta.jakartaee-api", "jakarta.platform:jakarta.jakartaee-web-api" ->
                Optional.of(
                        switch (version.major()) {
                            case 8 -> new Version(4, 0);
                            case 9 -> new Version(5, 0);
                            case 10 -> new Version(6, 0);
                            default -> new Version(6, 1);
                        });
            default -> Optional.empty();
        };
    }
}
