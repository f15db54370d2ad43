package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.List;
import java.util.Optional;

/** A plain jar: the project's jar and its runtime dependencies on a classpath. The fallback for any jar. */
final class PlainJarLayout implements ApplicationLayout {
    @Override
    public LayoutKind kind() {
        return LayoutKind.JAR;
    }

    @Override
    public Optional<String> fits(ProjectFacts facts) {
        return facts.packaging().equals("jar") ? Optional.of("a jar with a main class") : Optional.empty();
    }

    @Override
    public LayoutPlan plan(ProjectFacts facts, GeneratorConfig config, int release, PlanLog log)
            throws ConfigurationException {
        String mainClass = MainClassRule.require(facts, config, log, MainClassRule.candidates(facts, List.of()));
        return Classpath.of(facts, config, PackagedJars.thinJar(facts), mainClass)
                .build();
    }
}
