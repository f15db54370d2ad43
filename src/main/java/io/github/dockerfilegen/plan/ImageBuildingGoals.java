package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Goals a project binds that build or push a container image themselves. Inside the builder they
 * would look for a container engine that is not there, so the builder's Maven skips them with each
 * plugin's own switch.
 */
final class ImageBuildingGoals {
    private record Goal(String plugin, List<String> goals, String skip) {}

    private static final List<Goal> GOALS = List.of(
            new Goal(
                    "org.springframework.boot:spring-boot-maven-plugin",
                    List.of("build-image", "build-image-no-fork"),
                    "-Dspring-boot.build-image.skip=true"),
            new Goal(
                    "com.google.cloud.tools:jib-maven-plugin",
                    List.of("build", "dockerBuild", "buildTar"),
                    "-Djib.skip=true"),
            new Goal("io.fabric8:docker-maven-plugin", List.of("build", "push"), "-Ddocker.skip=true"),
            new Goal("com.spotify:dockerfile-maven-plugin", List.of("build", "push"), "-Ddockerfile.skip=true"),
            new Goal("org.eclipse.jkube:kubernetes-maven-plugin", List.of("build", "push"), "-Djkube.skip=true"),
            new Goal("org.eclipse.jkube:openshift-maven-plugin", List.of("build", "push"), "-Djkube.skip=true"));

    private ImageBuildingGoals() {}

    /** The {@code -D} switches the builder's Maven gets, each logged with why. */
    static List<String> skips(ProjectFacts facts, PlanLog log) {
        List<String> skips = new ArrayList<>();
        for (Goal goal : GOALS) {
            facts.plugin(goal.plugin())
                    .filter(p -> goal.goals().stream().anyMatch(p::runsGoal))
                    .filter(p -> !skips.contains(goal.skip()))
                    .ifPresent(p -> {
                        skips.add(goal.skip());
                        log.decide("the builder skips " + p.artifactId() + "'s image goal (" + goal.skip() + "):"
                                + " there is no container engine inside a build");
                    });
        }
        Optional<Detected> quarkusImage = facts.properties()
                .get("quarkus.container-image.build")
                .or(() -> facts.applicationConfig().stream()
                        .flatMap(f -> Optional.ofNullable(f.values().get("quarkus.container-image.build"))
                                .map(v -> new Detected(v, f.describe("quarkus.container-image.build")))
                                .stream())
                        .findFirst())
                .filter(d -> Boolean.parseBoolean(d.value()));
        quarkusImage.ifPresent(d -> {
            skips.add("-Dquarkus.container-image.build=false");
            log.decide("the builder turns off Quarkus's container image build (" + d.source() + ")");
        });
        if (facts.packaging().equals("docker")) {
            skips.add("-Dpackaging=jar");
            log.decide("the builder packages the Micronaut application as a jar (-Dpackaging=jar), not with Docker");
        }
        return skips;
    }
}
