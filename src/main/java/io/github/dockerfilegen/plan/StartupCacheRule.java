package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.plan.LayoutPlan.Training;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A start-up cache ({@code <startupCache>}): a training run of the application, in the runtime stage
 * with the image's own JVM and the entrypoint's options, writes an AOT cache (Java 25 and newer, JEP
 * 514: {@code -XX:AOTCacheOutput}, then {@code -XX:AOTCache}) or a dynamic CDS archive (before:
 * {@code -XX:ArchiveClassesAtExit}, then {@code -XX:SharedArchiveFile}). What must match for the JVM
 * to use it, and so what the plan keeps the same: the JDK (the same image), the class path (the same
 * jars in the same order, no wildcard, no folder), the JVM options. The training run ends by itself
 * only where the framework can be told to stop after starting; otherwise {@code <startupCacheTraining>}
 * says how, or there is no cache and the log says why.
 */
final class StartupCacheRule {
    /** Where the cache is written and read: the application's folder, root's and read-only to it. */
    private static final String CDS_ARCHIVE = "/app/app.jsa";

    private static final String AOT_CACHE = "/app/app.aot";

    private StartupCacheRule() {}

    /**
     * A start-up cache and how it is made.
     *
     * @param use the JVM option that reads it, for the entrypoint
     * @param write the JVM option that writes it, for the training run
     * @param systemProperties what the training run's JVM gets before the launch, to end after starting
     * @param arguments what the training run gives the application after the launch
     */
    record Cache(String use, String write, List<String> systemProperties, List<String> arguments) {
        /** The training run: this java with the entrypoint's options and launch, and what makes it end. */
        List<String> trainingRun(String java, List<String> jvmOptions, List<String> launch) {
            List<String> run = new ArrayList<>(List.of(java));
            run.addAll(jvmOptions);
            run.add(TRAINING_MEMORY);
            run.add(write);
            run.addAll(systemProperties);
            run.addAll(launch);
            run.addAll(arguments);
            return run;
        }
    }

    /**
     * What the training run's JVM gets beside the entrypoint's options: as much memory as a small
     * container, so its heap stays under 32 GB on any build machine and it uses compressed pointers
     * as the container's JVM does; a cache made with other pointers is not used.
     */
    private static final String TRAINING_MEMORY = "-XX:MaxRAM=2g";

    /**
     * The application's files as the builder leaves them for the image, their times set to the epoch
     * first: the cache holds only for jars of the times it was trained with, and an engine that sets
     * every file's time ({@code buildah build --timestamp 0}) then leaves them as they were.
     */
    static LayoutPlan withEpochTimes(LayoutPlan app) {
        List<String> command = new ArrayList<>(List.of("find"));
        app.layers().stream()
                .filter(copy ->
                        copy.fromStage().filter(Folders.BUILD_STAGE::equals).isPresent())
                .forEach(copy -> command.add(copy.source()));
        command.addAll(List.of("-exec", "touch", "-h", "-d", "@0", "{}", "+"));
        List<List<String>> commands = new ArrayList<>(app.afterPackage());
        commands.add(command);
        return app.withAfterPackage(
                commands,
                Optional.of((app.afterPackageNote().orElse("") + " Then the image's files get the epoch for"
                                + " their time, so that an engine that sets every file's time (buildah --timestamp 0)"
                                + " leaves the start-up cache valid.")
                        .strip()));
    }

    static Optional<Cache> plan(GeneratorConfig config, LayoutPlan app, int release, PlanLog log) {
        if (!config.startupCache()) {
            return Optional.empty();
        }
        List<String> properties = new ArrayList<>();
        List<String> arguments = new ArrayList<>();
        for (String value : config.startupCacheTraining()) {
            (value.startsWith("-D") ? properties : arguments).add(value);
        }
        String how;
        Training training = app.training();
        if (training instanceof Training.Unsupported unsupported) {
            log.warn("No start-up cache (<startupCache>): " + unsupported.why() + ".");
            return Optional.empty();
        } else if (training instanceof Training.EndsItself ends) {
            properties.addAll(0, ends.systemProperties());
            how = ends.how();
        } else if (!config.startupCacheTraining().isEmpty()) {
            how = "<startupCacheTraining> " + String.join(" ", config.startupCacheTraining());
        } else {
            log.warn("No start-up cache (<startupCache>): nothing tells this application to end after starting,"
                    + " and a training run that never ends hangs the build. "
                    + ((Training.NeedsArguments) training).hint());
            return Optional.empty();
        }
        boolean aot = release >= 25;
        Cache cache = aot
                ? new Cache("-XX:AOTCache=" + AOT_CACHE, "-XX:AOTCacheOutput=" + AOT_CACHE, properties, arguments)
                : new Cache(
                        "-XX:SharedArchiveFile=" + CDS_ARCHIVE,
                        "-XX:ArchiveClassesAtExit=" + CDS_ARCHIVE,
                        properties,
                        arguments);
        log.decide("start-up cache: " + (aot ? "an AOT cache (Java " + release + ")" : "a dynamic CDS archive")
                + " from a training run in the runtime stage; it ends as " + how + ". An image for another"
                + " architecture needs an emulator for it, or <startupCache>false");
        return Optional.of(cache);
    }
}
