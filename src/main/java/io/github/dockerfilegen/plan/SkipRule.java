package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.LayoutKind;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.List;
import java.util.Optional;

/**
 * Which projects get no Dockerfile: a {@code pom} project (a parent or an aggregator), and a library
 * module of a multi-module build (a jar with no main class and no framework launcher), which the
 * application modules use. A {@code -D} option reaches every module of a run, so only the module's own
 * POM makes a library an application.
 */
final class SkipRule {
    private SkipRule() {}

    /**
     * Why the project gets no Dockerfile, if it gets none.
     *
     * @param detected the layout detection finds for it, whatever {@code <layout>} says
     */
    static Optional<Skip> reason(ProjectFacts facts, GeneratorConfig config, Optional<Layouts.Fit> detected) {
        if (facts.packaging().equals("pom")) {
            return Optional.of(new Skip("pom packaging has no application to put in an image", false));
        }
        if (facts.reactor().isEmpty() || config.declaresApplication()) {
            return Optional.empty();
        }
        boolean plainJar =
                detected.filter(fit -> fit.layout().kind() == LayoutKind.JAR).isPresent();
        boolean noMainClass = MainClassRule.candidates(facts, List.of()).stream()
                .flatMap(Optional::stream)
                .allMatch(found -> found.value().contains("${"));
        return plainJar && noMainClass
                ? Optional.of(
                        new Skip("a library of the reactor (a jar with no main class and no framework launcher)", true))
                : Optional.empty();
    }

    /**
     * @param reason why, for the log
     * @param removesEarlierFiles whether files an earlier run wrote there are stale: a library module
     *     may have been an application before
     */
    record Skip(String reason, boolean removesEarlierFiles) {}
}
