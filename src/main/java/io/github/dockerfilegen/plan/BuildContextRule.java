package io.github.dockerfilegen.plan;

import io.github.dockerfilegen.model.BuildPlan.BuildContext;
import io.github.dockerfilegen.model.BuildPlan.ContextCopy;
import io.github.dockerfilegen.model.BuildPlan.RepositoryFiles;
import io.github.dockerfilegen.model.ConfigurationException;
import io.github.dockerfilegen.model.ExtraFile;
import io.github.dockerfilegen.model.GeneratorConfig;
import io.github.dockerfilegen.model.ProjectFacts;
import io.github.dockerfilegen.model.Reactor;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the build context sends: {@code pom.xml}, {@code src/}, {@code .mvn/} when it holds a file,
 * the Maven wrapper, the files outside {@code src/} that the build's plugins name (a checkstyle
 * configuration, a license header) and those {@code <buildInputs>} names. The builder's {@code COPY} lines and the ignore file are both made from it, so
 * they cannot disagree. Some things are never sent, even when named.
 */
final class BuildContextRule {
    static final List<String> NEVER_SENT = List.of(
            "**/target/",
            "**/.git/",
            "**/.idea/",
            "**/*.iml",
            "**/.vscode/",
            "**/node_modules/",
            "**/.DS_Store",
            "**/.env",
            "**/.env.*",
            "**/*.pem",
            "**/*.key",
            "**/id_rsa*",
            "**/id_ed25519*");

    private BuildContextRule() {}

    /** The wrapper script; {@code .mvn/wrapper/} comes with {@code .mvn/}. */
    static final String WRAPPER = "mvnw";

    private static final String EXECUTABLE = "0755";

    /** @param localArtifacts what the plugin copies into the build output for the builder, if anything */
    static BuildContext of(
            ProjectFacts facts, GeneratorConfig config, Optional<RepositoryFiles> localArtifacts, PlanLog log)
            throws ConfigurationException {
        List<String> paths = new ArrayList<>();
        // First: the builder trusts them before anything is downloaded.
        for (String certificate : config.builderCertificates()) {
            String found = requested(facts, certificate, "builderCertificates");
            if (!paths.contains(found)) {
                paths.add(found);
            }
        }
        if (facts.mavenConfigFolder()) {
            paths.add(".mvn/");
        }
        if (facts.mavenWrapper().isPresent()) {
            paths.add(WRAPPER);
        }
        // A module's build reads every POM of its reactor, and the sources of the modules it needs.
        paths.addAll(facts.reactor().map(Reactor::poms).orElse(List.of("pom.xml")));
        String module = facts.reactor().map(r -> r.module() + "/").orElse("");
        for (String input : facts.buildInputs()) {
            if (neverSent(input)) {
                log.warn("The build reads " + input + ", which is never sent into the build context (build output,"
                        + " version control, IDE files and keys stay out); the build in the image runs without it.");
            } else {
                paths.add(input);
                log.decide("build context: " + input + " (named in the build's plugin configuration)");
            }
        }
        for (String input : config.buildInputs()) {
            String found = requested(facts, input, "buildInputs");
            if (!paths.contains(found)) {
                paths.add(found);
                log.decide("build context: " + found + " (<buildInputs>)");
            }
        }
        for (String system : facts.systemPaths()) {
            if (Folders.outsideProject(system)) {
                throw new ConfigurationException("The system-scoped dependency " + system + " (<systemPath>) is"
                        + " outside the project, where docker build cannot reach it. Install it into a repository"
                        + " the builder reads (mvn install:install-file), or keep it inside the project.");
            }
            if (!paths.contains(module + system) && !system.startsWith("src/")) {
                paths.add(module + system);
                log.decide("build context: " + module + system + " (a system-scoped dependency)");
            }
        }
        paths.addAll(sources(facts));
        List<String> runtimePaths = new ArrayList<>();
        for (ExtraFile extra : config.extraFiles()) {
            String found = requested(facts, extra.from(), "extraFiles");
            if (!paths.contains(found) && !runtimePaths.contains(found)) {
                runtimePaths.add(found);
            }
        }
        List<String> generated = localArtifacts
                .map(artifacts -> List.of(Folders.inContext(facts, artifacts.folder()) + "/"))
                .orElse(List.of());
        return new BuildContext(paths, runtimePaths, NEVER_SENT, generated);
    }

    /** The source folders: sent last, as they change most often. */
    static List<String> sources(ProjectFacts facts) {
        return facts.reactor().map(Reactor::sources).orElse(List.of("src/"));
    }

    /** A path the configuration names, as found in the build context; one that is missing or never sent is refused. */
    private static String requested(ProjectFacts facts, String requested, String element)
            throws ConfigurationException {
        String trimmed = requested.endsWith("/") ? requested.substring(0, requested.length() - 1) : requested;
        String found = facts.requestedInputs().stream()
                .filter(path -> path.equals(trimmed) || path.equals(trimmed + "/"))
                .findFirst()
                .orElseThrow(() -> new ConfigurationException("<" + element + "> " + requested + " is not in the"
                        + " build context, whose root is "
                        + (facts.reactor().isPresent() ? "the reactor's root" : "the project")
                        + ". Name a path relative to that root."));
        if (neverSent(found)) {
            throw new ConfigurationException("<" + element + "> " + requested + " is never sent into the build"
                    + " context (build output, version control, IDE files and keys stay out). Remove it from <"
                    + element + ">.");
        }
        return found;
    }

    /** The builder's {@code COPY} for each sent path, to the same place under the working folder. */
    static List<ContextCopy> copies(BuildContext context) {
        List<ContextCopy> copies = new ArrayList<>();
        for (String path : context.paths()) {
            String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
            int slash = trimmed.lastIndexOf('/');
            String target = path.endsWith("/") ? path : slash < 0 ? "./" : trimmed.substring(0, slash + 1);
            copies.add(new ContextCopy(
                    copies.isEmpty()
                            ? List.of("What the build reads, and nothing else (see the .dockerignore).")
                            : List.of(),
                    path,
                    target,
                    // Committed without its executable bit (a Windows checkout), the wrapper still runs.
                    path.equals(WRAPPER) ? Optional.of(EXECUTABLE) : Optional.empty()));
        }
        return copies;
    }

    /** Whether a never-sent pattern matches any part of the path. */
    static boolean neverSent(String path) {
        for (String pattern : NEVER_SENT) {
            String glob = pattern.replaceFirst("^\\*\\*/", "").replaceFirst("/$", "");
            Pattern part = Pattern.compile(glob.replace(".", "\\.").replace("*", "[^/]*"));
            for (String segment : path.split("/")) {
                if (part.matcher(segment).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
