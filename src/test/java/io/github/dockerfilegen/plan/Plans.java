package io.github.dockerfilegen.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.dockerfilegen.Fixtures;
import io.github.dockerfilegen.model.BuildPlan;
import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.BuildPlan.ShellRun;
import io.github.dockerfilegen.model.ConfigValidator;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.GeneratorConfig;
import java.util.List;

/** Planning a fixture, and reading the parts of a plan the layout tests look at. */
final class Plans {
    private Plans() {}

    static BuildPlan plan(Fixtures project) throws ConfigurationException {
        return plan(project, GeneratorConfig.builder());
    }

    static BuildPlan plan(Fixtures project, ConfigValidator config) throws ConfigurationException {
        return new Planner("9.9.9").plan(project.facts(), config.build());
    }

    /** The builder's one RUN: Maven, then what the layout does with its output. */
    static List<List<String>> builderCommands(BuildPlan plan) {
        List<ShellRun> runs = plan.builderStage().steps().stream()
                .filter(ShellRun.class::isInstance)
                .map(ShellRun.class::cast)
                .toList();
        assertEquals(1, runs.size(), "one Maven run");
        return runs.get(0).commands();
    }

    /** What the runtime stage copies from the builder, in layer order. */
    static List<String> copiedFrom(BuildPlan plan) {
        return plan.runtimeStage().copies().stream().map(CopyStep::source).toList();
    }
}
