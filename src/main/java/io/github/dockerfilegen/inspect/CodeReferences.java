package io.github.dockerfilegen.inspect;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The types and packages an application's own code uses: from its compiled classes when the build has
 * made them (the classes each one refers to, and the types in its descriptors and signatures, where
 * annotations such as {@code @Path} appear, from its constant pool), else from its sources (imports
 * and qualified names). Either way a project that uses {@code com.sun.net.httpserver} says so, whether
 * {@code compile} ran or not.
 */
final class CodeReferences {
    /** {@code import [static] a.b.C...;} */
    private static final Pattern IMPORT =
            Pattern.compile("(?m)^\\s*import\\s+(?:static\\s+)?([\\w.]+?)(?:\\.\\*)?\\s*;");
    /** A qualified name in code: lower-case package parts, then a type, such as {@code com.sun.net.httpserver.HttpServer}. */
    private static final Pattern QUALIFIED = Pattern.compile("\\b([a-z_][\\w]*(?:\\.[a-z_][\\w]*)+)\\.([A-Z][\\w]*)");
    /** A class type in a descriptor or signature: {@code Ljakarta/ws/rs/Path;}. */
    private static final Pattern DESCRIPTOR_TYPE = Pattern.compile("L([\\w$]+(?:/[\\w$]+)+)[;<]");

    private CodeReferences() {}

    /**
     * What the code uses.
     *
     * @param packages the packages of every type it refers to (and the packages it imports whole)
     * @param types the qualified names of the types it refers to, nested ones with {@code $}
     */
    record Found(Set<String> packages, Set<String> types) {}

    /**
     * @param classes the main output folder ({@code target/classes})
     * @param sources the main source folders
     */
    static Found read(Path classes, List<Path> sources) {
        Set<String> packages = new TreeSet<>();
        Set<String> types = new TreeSet<>();
        List<Path> classFiles = files(classes, ".class");
        if (!classFiles.isEmpty()) {
            for (Path file : classFiles) {
                referencedClasses(file).forEach(name -> types.add(name.replace('/', '.')));
            }
        } else {
            for (Path folder : sources) {
                for (Path file : files(folder, ".java")) {
                    String text = read(file);
                    Matcher imports = IMPORT.matcher(text);
                    while (imports.find()) {
                        if (imports.group(0).contains(".*")) {
                            // a wildcard import of a package names the package itself
                            packages.add(imports.group(1));
                        }
                        types.add(imports.group(1));
                    }
                    Matcher qualified = QUALIFIED.matcher(text);
                    while (qualified.find()) {
                        types.add(qualified.group(1) + "." + qualified.group(2));
                    }
                }
            }
        }
        types.removeIf(type -> packageOf(type).isEmpty());
        types.forEach(type -> packages.add(packageOf(type).orElseThrow()));
        return new Found(packages, types);
    }

    /** The package of a qualified name: the parts before the first that starts with an upper-case letter. */
    private static Optional<String> packageOf(String name) {
        String[] parts = name.replaceAll("^\\[+L|;$", "").split("\\.");
        StringBuilder pkg = new StringBuilder();
        for (String part : parts) {
            if (part.isEmpty() || Character.isUpperCase(part.charAt(0)) || part.contains("$")) {
                break;
            }
            pkg.append(pkg.length() == 0 ? "" : ".").append(part);
        }
        return pkg.length() == 0 || pkg.toString().equals(name) ? Optional.empty() : Optional.of(pkg.toString());
    }

    /** The internal names of the classes a class file refers to: its {@code CONSTANT_Class} entries. */
    static Set<String> referencedClasses(Path classFile) {
        try (InputStream in = Files.newInputStream(classFile);
                DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
            if (data.readInt() != 0xCAFEBABE) {
                return Set.of();
            }
            data.readUnsignedShort(); // minor
            data.readUnsignedShort(); // major
            int count = data.readUnsignedShort();
            Map<Integer, String> utf8 = new HashMap<>();
            Map<Integer, Integer> classNames = new HashMap<>();
            for (int i = 1; i < count; i++) {
                int tag = data.readUnsignedByte();
                switch (tag) {
                    case 1 -> utf8.put(i, data.readUTF());
                    case 7 -> classNames.put(i, data.readUnsignedShort());
                    case 8, 16, 19, 20 -> data.readUnsignedShort();
                    case 15 -> {
                        data.readUnsignedByte();
                        data.readUnsignedShort();
                    }
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> data.readInt();
                    case 5, 6 -> {
                        data.readLong();
                        i++; // takes two entries
                    }
                    default -> {
                        return Set.of(); // not a class file we can read: no references known
                    }
                }
            }
            Set<String> names = new TreeSet<>();
            classNames.values().forEach(index -> {
                String name = utf8.get(index);
                if (name != null && !name.startsWith("[")) {
                    names.add(name);
                }
            });
            // Annotations, field and method types are named only in descriptors and signatures.
            for (String text : utf8.values()) {
                Matcher type = DESCRIPTOR_TYPE.matcher(text);
                while (type.find()) {
                    names.add(type.group(1));
                }
            }
            return names;
        } catch (IOException e) {
            return Set.of();
        }
    }

    private static List<Path> files(Path folder, String extension) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(extension))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + folder, e);
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
