package io.github.dockerfilegen.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An XML element as the project wrote it: a plugin's {@code <configuration>}, or an XML file that
 * configuration names (such as Spring Boot's {@code layers.xml}). Maven's own DOM type stays in
 * inspection; the planner reads this.
 *
 * @param name the element name
 * @param value its text, trimmed; empty when it has none
 * @param children its child elements, in document order
 */
public record ConfigNode(String name, String value, List<ConfigNode> children) {
    /** Matches any child element in a path. */
    public static final String ANY = "*";

    public ConfigNode {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(value, "value");
        children = List.copyOf(children);
    }

    public static ConfigNode empty(String name) {
        return new ConfigNode(name, "", List.of());
    }

    public static ConfigNode leaf(String name, String value) {
        return new ConfigNode(name, value, List.of());
    }

    /** The first non-blank text at this path below this element ({@link #ANY} matches any element). */
    public Optional<String> find(String... path) {
        return all(path).stream()
                .map(ConfigNode::value)
                .filter(v -> !v.isBlank())
                .findFirst();
    }

    /** Every element at this path below this element, in document order. */
    public List<ConfigNode> all(String... path) {
        List<ConfigNode> found = new ArrayList<>();
        collect(this, List.of(path), found);
        return found;
    }

    /** This element and every element below it, in document order. */
    public List<ConfigNode> walk() {
        List<ConfigNode> nodes = new ArrayList<>();
        nodes.add(this);
        children.forEach(child -> nodes.addAll(child.walk()));
        return nodes;
    }

    /** True when an element exists at this path, with or without text. */
    public boolean has(String... path) {
        return !all(path).isEmpty();
    }

    private static void collect(ConfigNode node, List<String> path, List<ConfigNode> found) {
        if (path.isEmpty()) {
            found.add(node);
            return;
        }
        for (ConfigNode child : node.children) {
            if (path.get(0).equals(ANY) || path.get(0).equals(child.name)) {
                collect(child, path.subList(1, path.size()), found);
            }
        }
    }
}
