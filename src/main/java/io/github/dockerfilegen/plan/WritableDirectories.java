package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.CopyStep;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.RuntimeUser;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The folders the application writes to: its layout's (Tomcat's {@code logs}, {@code temp} ...) and
 * {@code <writableDirectories>}. The runtime stage has no {@code RUN} (its base may have no shell), so
 * the builder makes them empty and the runtime stage copies them in, owned by the application's user.
 *
 * <p>With {@code <openshift>}, the image runs as an arbitrary uid in group 0 (OpenShift's restricted
 * security context): the folders are group 0's and group-writable, and {@code HOME} is one of them, as
 * a uid without a passwd entry gets {@code /} for a home it cannot write to.
 */
final class WritableDirectories {
    /** Folders group 0 may write to; their files get the umask's mode, so no file is made executable. */
    private static final String GROUP_WRITABLE = "0775";

    private WritableDirectories() {}

    /** {@code app} with the builder's empty folders after its own commands and their copies before its layers. */
    static LayoutPlan apply(LayoutPlan app, ProjectFacts facts, GeneratorConfig config, PlanLog log) {
        Set<String> folders = new LinkedHashSet<>(app.writable());
        folders.addAll(config.writableDirectories());
        UserRule.writableHome(config).ifPresent(folders::add);
        if (folders.isEmpty()) {
            return app;
        }
        RuntimeUser owner = UserRule.user(config);
        log.decide("writable by " + owner + (config.openshift() ? " and group 0 (<openshift>)" : "") + ": "
                + String.join(", ", folders));

        // One COPY per parent folder, which stays as it is: --chown re-owns every folder of the copied tree
        // but its target, so Tomcat's conf/Catalina is copied into conf/, which stays root's.
        Map<String, List<String>> byParent = new TreeMap<>(); // parents before their children: the targets exist
        for (String folder : folders) {
            int slash = folder.lastIndexOf('/');
            byParent.computeIfAbsent(folder.substring(0, slash + 1), parent -> new ArrayList<>())
                    .add(folder.substring(slash + 1));
        }
        List<List<String>> afterPackage = new ArrayList<>(app.afterPackage());
        List<CopyStep> layers = new ArrayList<>();
        int tree = 0;
        for (Map.Entry<String, List<String>> parent : byParent.entrySet()) {
            String treeDir = Folders.target(facts) + "/container-writable/" + ++tree;
            List<String> mkdir = new ArrayList<>(List.of("mkdir", "-p"));
            parent.getValue().forEach(name -> mkdir.add(treeDir + "/" + name));
            afterPackage.add(mkdir);
            layers.add(Folders.fromBuild(facts, treeDir + "/", parent.getKey())
                    .ownedBy(owner, config.openshift() ? Optional.of(GROUP_WRITABLE) : Optional.empty()));
        }
        layers.addAll(app.layers());
        String note = (app.afterPackageNote().orElse("")
                        + " Then the folders the application writes to are made, empty, for the image.")
                .strip();
        return app.withAfterPackage(afterPackage, Optional.of(note)).withLayers(layers);
    }
}
