package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.ConfigNode;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.codehaus.plexus.util.xml.Xpp3DomBuilder;
import org.codehaus.plexus.util.xml.pull.XmlPullParserException;

/**
 * The project's folder as the plan sees it: paths relative to the project, with '/', and only files
 * that exist. Plugin configuration names files by absolute path once Maven has interpolated
 * {@code ${project.basedir}}; here they become relative again.
 *
 * @param basedir the project folder, absolute and normalized
 * @param contextRoot the build context's root: the reactor's root for a module, else {@code basedir}
 * @param buildDirectory {@code <build><directory>}, as Maven reports it
 */
record ProjectPaths(Path basedir, Path contextRoot, String buildDirectory) {
    /** A path we can write into a COPY line and a .dockerignore as it is. */
    private static final Pattern SAFE_PATH = Pattern.compile("[A-Za-z0-9._-]+(/[A-Za-z0-9._-]+)*/?");
    /** Parts of a path the build context sends anyway (sources, POMs, .mvn) or never (build output). */
    private static final Set<String> COVERED = Set.of("src", "pom.xml", ".mvn", "target");

    private static final long MAX_XML_BYTES = 1 << 20;

    /** The value relative to the project when it is an absolute path inside it; else the value as it is. */
    String relativeIfInside(String value) {
        if (!value.startsWith("/") && !value.matches("[A-Za-z]:[\\\\/].*")) {
            return value;
        }
        try {
            Path path = Path.of(value).toAbsolutePath().normalize();
            if (path.equals(basedir)) {
                return ".";
            }
            return path.startsWith(basedir) ? slashes(basedir.relativize(path)) : value;
        } catch (InvalidPathException e) {
            return value;
        }
    }

    /**
     * Configuration values that name an existing file or folder in the build context (a module's may
     * be in the reactor's root), outside src/ and the build output; relative to the context's root.
     */
    List<String> buildInputs(List<String> configurationValues) {
        List<String> inputs = new ArrayList<>();
        for (String value : configurationValues) {
            existing(value, contextRoot).ifPresent(path -> {
                String relative = slashes(contextRoot.relativize(path));
                boolean covered = List.of(relative.split("/")).stream().anyMatch(COVERED::contains);
                if (!covered
                        && !isBuildOutput(path)
                        && SAFE_PATH.matcher(relative).matches()) {
                    inputs.add(Files.isDirectory(path) ? relative + "/" : relative);
                }
            });
        }
        return inputs.stream().distinct().sorted().toList();
    }

    /** The paths that exist in the build context, as given; a folder ends with '/'. */
    List<String> existingInContext(List<String> paths) {
        List<String> found = new ArrayList<>();
        for (String path : paths) {
            Path resolved = contextRoot.resolve(path).normalize();
            if (resolved.startsWith(contextRoot) && Files.exists(resolved)) {
                String relative = slashes(contextRoot.relativize(resolved));
                found.add(Files.isDirectory(resolved) ? relative + "/" : relative);
            }
        }
        return found;
    }

    /** The XML files that configuration values name, parsed; unreadable ones are left out. */
    Map<String, ConfigNode> xmlFiles(List<String> configurationValues) {
        Map<String, ConfigNode> files = new TreeMap<>();
        for (String value : configurationValues) {
            if (!value.endsWith(".xml")) {
                continue;
            }
            existing(value, basedir)
                    .filter(Files::isRegularFile)
                    .ifPresent(path -> parse(path).ifPresent(xml -> files.put(slashes(basedir.relativize(path)), xml)));
        }
        return files;
    }

    /** The existing file or folder a value names, when it lies inside {@code within}. */
    private Optional<Path> existing(String value, Path within) {
        boolean absolute = value.startsWith("/") || value.matches("[A-Za-z]:[\\\\/].*");
        if (!absolute && !SAFE_PATH.matcher(value).matches()) {
            return Optional.empty();
        }
        try {
            Path path = (absolute ? Path.of(value) : basedir.resolve(value)).normalize();
            return path.startsWith(within) && !path.equals(within) && Files.exists(path)
                    ? Optional.of(path)
                    : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }

    private boolean isBuildOutput(Path path) {
        return buildDirectory != null
                && path.startsWith(basedir.resolve(buildDirectory).normalize());
    }

    private static Optional<ConfigNode> parse(Path xml) {
        try {
            if (Files.size(xml) > MAX_XML_BYTES) {
                return Optional.empty();
            }
            try (Reader reader = new InputStreamReader(Files.newInputStream(xml), StandardCharsets.UTF_8)) {
                return Optional.of(ProjectInspector.node(Xpp3DomBuilder.build(reader), Function.identity()));
            }
        } catch (IOException | XmlPullParserException e) {
            return Optional.empty();
        }
    }

    private static String slashes(Path relative) {
        return relative.toString().replace('\\', '/');
    }
}
