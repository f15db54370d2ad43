package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.Reactor;
import io.github.dockerfilegen.model.RuntimeDependency;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.model.Dependency;
import org.apache.maven.project.MavenProject;

/**
 * The project's place in a multi-module build: the reactor's root is Maven's own
 * ({@code maven.multiModuleProjectDirectory}), and counts when the root's POM is part of the build and
 * the project is a module below it.
 *
 * @param root the reactor's root, absolute and normalized
 * @param projects every project of the reactor (not only those this run selected)
 */
record ReactorView(Path root, List<MavenProject> projects) {

    /** The reactor the project is a module of, if it is built as one. */
    static Optional<ReactorView> of(MavenProject project, MavenSession session) {
        File directory =
                session.getRequest() == null ? null : session.getRequest().getMultiModuleProjectDirectory();
        List<MavenProject> projects = Optional.ofNullable(session.getAllProjects())
                .or(() -> Optional.ofNullable(session.getProjects()))
                .orElse(List.of());
        if (directory == null || projects.size() < 2) {
            return Optional.empty();
        }
        Path root = normalized(directory.toPath());
        Path basedir = normalized(project.getBasedir().toPath());
        boolean rootBuilt = projects.stream()
                .anyMatch(p -> normalized(p.getBasedir().toPath()).equals(root));
        return !basedir.equals(root) && basedir.startsWith(root) && rootBuilt
                ? Optional.of(new ReactorView(root, List.copyOf(projects)))
                : Optional.empty();
    }

    Reactor reactor(MavenProject project, MavenSession session) {
        List<String> poms = new ArrayList<>();
        for (MavenProject p : projects) {
            poms.add(relative(p.getFile().toPath()));
        }
        poms.sort((a, b) -> a.equals("pom.xml") ? -1 : b.equals("pom.xml") ? 1 : a.compareTo(b));
        List<String> sources = new ArrayList<>();
        for (MavenProject needed : upstream(project)) {
            Path src = needed.getBasedir().toPath().resolve("src");
            if (Files.isDirectory(src)) {
                sources.add(relative(src) + "/");
            }
        }
        sources.sort(null);
        return new Reactor(
                relative(project.getBasedir().toPath()),
                poms.stream().distinct().toList(),
                sources,
                activatedProfiles(session));
    }

    /**
     * The profiles this run activated with {@code -P} that the reactor's POMs declare (one may list
     * modules); settings' profiles (a mirror, a repository) mean nothing to the builder's Maven.
     */
    private List<String> activatedProfiles(MavenSession session) {
        Set<String> declared = new LinkedHashSet<>();
        for (MavenProject p : projects) {
            p.getModel().getProfiles().forEach(profile -> declared.add(profile.getId()));
        }
        return Optional.ofNullable(session.getRequest().getActiveProfiles()).orElse(List.of()).stream()
                .filter(declared::contains)
                .toList();
    }

    /** Where each reactor module's build leaves its jar, by {@code groupId:artifactId}, relative to the root. */
    Map<String, String> artifacts() {
        Map<String, String> artifacts = new HashMap<>();
        for (MavenProject p : projects) {
            Path directory = Path.of(p.getBuild().getDirectory());
            artifacts.put(
                    RuntimeDependency.key(p.getGroupId(), p.getArtifactId()),
                    relative(directory.resolve(p.getBuild().getFinalName())));
        }
        return artifacts;
    }

    /** The project and every reactor module it needs to build: its parents and dependencies, transitively. */
    private Set<MavenProject> upstream(MavenProject project) {
        Set<MavenProject> found = new LinkedHashSet<>();
        Deque<MavenProject> queue = new ArrayDeque<>(List.of(project));
        while (!queue.isEmpty()) {
            MavenProject next = queue.removeFirst();
            if (!found.add(next)) {
                continue;
            }
            find(next.getParent()).ifPresent(queue::add);
            for (Dependency dependency : next.getDependencies()) {
                projects.stream()
                        .filter(p -> p.getGroupId().equals(dependency.getGroupId())
                                && p.getArtifactId().equals(dependency.getArtifactId()))
                        .findFirst()
                        .ifPresent(queue::add);
            }
        }
        return found;
    }

    private Optional<MavenProject> find(MavenProject parent) {
        return parent == null
                ? Optional.empty()
                : projects.stream()
                        .filter(p -> p.getGroupId().equals(parent.getGroupId())
                                && p.getArtifactId().equals(parent.getArtifactId()))
                        .findFirst();
    }

    private String relative(Path path) {
        return root.relativize(normalized(path)).toString().replace('\\', '/');
    }

    private static Path normalized(Path path) {
        return path.toAbsolutePath().normalize();
    }
}
