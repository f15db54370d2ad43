package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.Optional;

/**
 * One kind of application (plain jar, Spring Boot, Quarkus, ...): when it applies, and how its image
 * is laid out. {@link Layouts} asks them in order; the first that fits wins.
 */
interface ApplicationLayout {
    LayoutKind kind();

    /** Why this layout fits the project, for the log; empty when it does not fit. */
    Optional<String> fits(ProjectFacts facts);

    /**
     * The builder steps, layers, launch command and ports of this kind of application.
     *
     * @param release the Java release the images are picked for
     */
    LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log) throws ConfigurationException;
}
