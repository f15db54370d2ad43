package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.Detected;
import io.github.dockerfilegen.model.ProjectFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Goals a project binds that cannot work inside the builder, skipped there with each plugin's own
 * switch: those that build or push a container image (there is no container engine inside a build),
 * and git-commit-id, which reads {@code .git} (never sent into the build context; by default it
 * fails the build without it).
 */
final class BuilderSkips {
    private static final String NO_ENGINE = "there is no container engine inside a build";
    private static final String NO_GIT =
            ".git is never sent into the build context, so the image has no git.properties;"
                    + " pass the commit as a label instead (<labels>, or docker build --label)";

    /**
     * @param plugin the plugin's {@code groupId:artifactId}
     * @param goals the goals that trigger the skip when an execution runs one
     * @param skip the switch
     * @param why the reason, for the log
     * @param warn whether the user loses something by it (a warning) or nothing (a decision)
     */
    private record Goal(String plugin, List<String> goals, String skip, String why, boolean warn) {}

    private static final List<Goal> GOALS = List.of(
            new Goal(
                    "org.springframework.boot:spring-boot-maven-plugin",
                    List.of("build-image", "build-image-no-fork"),
                    "-Dspring-boot.build-image.skip=true",
                    NO_ENGINE,
                    false),
            new Goal(
                    "com.google.cloud.tools:jib-maven-plugin",
                    List.of("build", "dockerBuild", "buildTar"),
                    "-Djib.skip=true",
                    NO_ENGINE,
                    false),
            new Goal(
                    "io.fabric8:docker-maven-plugin", List.of("build", "push"), "-Ddocker.skip=true", NO_ENGINE, false),
            new Goal(
                    "com.spotify:dockerfile-maven-plugin",
                    List.of("build", "push"),
                    "-Ddockerfile.skip=true",
                    NO_ENGINE,
                    false),
            new Goal(
                    "org.eclipse.jkube:kubernetes-maven-plugin",
                    List.of("build", "push"),
                    "-Djkube.skip=true",
                    NO_ENGINE,
                    false),
            new Goal(
                    "org.eclipse.jkube:openshift-maven-plugin",
                    List.of("build", "push"),
                    "-Djkube.skip=true",
                    NO_ENGINE,
                    false),
            new Goal(WildFlyServer.PLUGIN, List.of("image"), "-Dwildfly.package.skip=true", NO_ENGINE, false),
            new Goal(
                    WildFlyServer.PLUGIN,
                    List.of("package"),
                    "-Dwildfly.package.skip=true",
                    "the war goes on WildFly's full image, not on the server it provisions with Galleon (a"
                            + " provisioned server on wildfly-runtime is not supported yet)",
                    true),
            new Goal(
                    "io.github.git-commit-id:git-commit-id-maven-plugin",
                    List.of("revision"),
                    "-Dmaven.gitcommitid.skip=true",
                    NO_GIT,
                    true),
            new Goal(
                    "pl.project13.maven:git-commit-id-plugin",
                    List.of("revision"),
                    "-Dmaven.gitcommitid.skip=true",
                    NO_GIT,
                    true));

    private BuilderSkips() {}

    /** The {@code -D} switches the builder's Maven gets, each logged with why. */
    static List<String> skips(ProjectFacts facts, PlanLog log) {
        List<String> skips = new ArrayList<>();
        for (Goal goal : GOALS) {
            facts.plugin(goal.plugin())
                    .filter(p -> goal.goals().stream().anyMatch(p::runsGoal))
                    .filter(p -> !skips.contains(goal.skip()))
                    .ifPresent(p -> {
                        skips.add(goal.skip());
                        String line =
                                "The builder skips " + p.artifactId() + " (" + goal.skip() + "): " + goal.why() + ".";
                        if (goal.warn()) {
                            log.warn(line);
                        } else {
                            log.decide(line);
                        }
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
            log.decide(
                    "The builder turns off Quarkus's container image build (" + d.source() + "): " + NO_ENGINE + ".");
        });
        if (facts.packaging().equals("docker")) {
            skips.add("-Dpackaging=jar");
            log.decide("The builder packages the Micronaut application as a jar (-Dpackaging=jar), not with Docker: "
                    + NO_ENGINE + ".");
        }
        return skips;
    }
}
