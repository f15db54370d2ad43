package io.github.dockerfilegen.inspect;

import io.github.dockerfilegen.model.InstalledArtifacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What this machine's local Maven repository says of an artifact: Maven records in
 * {@code _remote.repositories} the repository each file came from, with none for a file that
 * {@code mvn install} put there. Such a file exists only here; a builder with its own repository
 * cannot resolve it.
 *
 * @param basedir the local repository's folder
 */
record LocalRepository(Path basedir) {
    /** The files of one version that a repository needs to serve it, as {@code mvn install} leaves them. */
    private static final List<String> RECORDS = List.of("_remote.repositories", "maven-metadata-local.xml");

    /** Whether the artifact's POM was installed on this machine rather than downloaded. */
    boolean installedOnly(String groupId, String artifactId, String baseVersion) {
        Path folder = folder(groupId, artifactId, baseVersion);
        String pom = artifactId + "-" + baseVersion + ".pom";
        Path record = folder.resolve("_remote.repositories");
        if (!Files.isRegularFile(record)) {
            return false;
        }
        try {
            List<String> lines = Files.readAllLines(record, StandardCharsets.UTF_8);
            return lines.stream().anyMatch(line -> line.equals(pom + ">="))
                    && lines.stream().noneMatch(line -> line.startsWith(pom + ">") && !line.equals(pom + ">="));
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * A Maven plugin that {@code mvn install} put here, with the parent POMs of its own that only this
     * machine has: the files another Maven needs to resolve it, as repository paths. Empty when the
     * plugin came from a repository (any builder can resolve it there) or is not here at all.
     */
    Optional<InstalledArtifacts> installedPlugin(String groupId, String artifactId, String version) {
        if (!installedOnly(groupId, artifactId, version)) {
            return Optional.empty();
        }
        List<String> files = new ArrayList<>();
        String name = artifactId + "-" + version;
        addIfPresent(files, groupId, artifactId, version, name + ".jar");
        addIfPresent(files, groupId, artifactId, version, name + ".pom");
        RECORDS.forEach(record -> addIfPresent(files, groupId, artifactId, version, record));
        if (files.stream().noneMatch(file -> file.endsWith(".jar"))) {
            return Optional.empty();
        }
        // A parent of the plugin's own (not one from a repository) must travel with it.
        Optional<String[]> parent =
                parentOf(folder(groupId, artifactId, version).resolve(name + ".pom"));
        for (int depth = 0; parent.isPresent() && depth < 10; depth++) {
            String[] gav = parent.get();
            if (!installedOnly(gav[0], gav[1], gav[2])) {
                break;
            }
            String pom = gav[1] + "-" + gav[2] + ".pom";
            addIfPresent(files, gav[0], gav[1], gav[2], pom);
            RECORDS.forEach(record -> addIfPresent(files, gav[0], gav[1], gav[2], record));
            parent = parentOf(folder(gav[0], gav[1], gav[2]).resolve(pom));
        }
        return Optional.of(new InstalledArtifacts(version, files));
    }

    static Optional<LocalRepository> of(Optional<String> basedir) {
        return basedir.map(Path::of).filter(Files::isDirectory).map(LocalRepository::new);
    }

    private Path folder(String groupId, String artifactId, String version) {
        return basedir.resolve(groupId.replace('.', '/')).resolve(artifactId).resolve(version);
    }

    private void addIfPresent(List<String> files, String groupId, String artifactId, String version, String file) {
        if (Files.isRegularFile(folder(groupId, artifactId, version).resolve(file))) {
            files.add(groupId.replace('.', '/') + "/" + artifactId + "/" + version + "/" + file);
        }
    }

    /** The {@code <parent>} a POM names, as groupId, artifactId and version. */
    private static Optional<String[]> parentOf(Path pom) {
        if (!Files.isRegularFile(pom)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(pom)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setExpandEntityReferences(false);
            Document document = factory.newDocumentBuilder().parse(in);
            for (Node node = document.getDocumentElement().getFirstChild();
                    node != null;
                    node = node.getNextSibling()) {
                if (node instanceof Element parent && parent.getTagName().equals("parent")) {
                    return Optional.of(new String[] {
                                text(parent, "groupId"), text(parent, "artifactId"), text(parent, "version")
                            })
                            .filter(gav -> !gav[0].isEmpty() && !gav[1].isEmpty() && !gav[2].isEmpty());
                }
            }
            return Optional.empty();
        } catch (Exception e) {
            return Optional.empty(); // an unreadable POM names no parent we could copy
        }
    }

    private static String text(Element parent, String child) {
        var nodes = parent.getElementsByTagName(child);
        return nodes.getLength() == 0 ? "" : nodes.item(0).getTextContent().trim();
    }
}
