package io.github.dockerfilegen.output;

import io.github.dockerfilegen.model.ConfigurationException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * Generated files carry a checksum of their own content in their header, so the plugin can tell a
 * file it wrote and nobody touched (safe to replace) from one a person wrote or edited (never
 * replaced without {@code <overwrite>}).
 */
public final class GeneratedFiles {
    public static final String STAMP_PREFIX = "# dockerfile-gen checksum, to detect hand edits: sha256:";

    private GeneratedFiles() {}

    /** What writing would do to a file. */
    public enum Outcome {
        /** The file on disk already has this content. */
        UP_TO_DATE,
        /** New, or replacing a file the plugin wrote that nobody edited. */
        WRITE,
        /** Replacing a file a person wrote or edited, as {@code <overwrite>} allows. */
        OVERWRITE
    }

    /**
     * The content with its checksum line, placed after the leading comment lines (the header, and any
     * parser directive a custom template starts with, which must stay first).
     */
    public static String stamp(String content) {
        List<String> lines = normalized(content).lines().toList();
        String stamp = STAMP_PREFIX + sha256(joined(lines));
        int at = 0;
        while (at < lines.size() && lines.get(at).startsWith("#")) {
            at++;
        }
        List<String> stamped = new ArrayList<>(lines);
        stamped.add(at, stamp);
        return joined(stamped);
    }

    /** True when the text carries a checksum line that matches the rest of it: generated, unedited. */
    public static boolean isUnedited(String text) {
        List<String> lines = new ArrayList<>(normalized(text).lines().toList());
        int at = 0;
        while (at < lines.size() && !lines.get(at).startsWith(STAMP_PREFIX)) {
            at++;
        }
        if (at == lines.size()) {
            return false;
        }
        String stamp = lines.remove(at);
        return stamp.equals(STAMP_PREFIX + sha256(joined(lines)));
    }

    /**
     * Decides, without writing, what writing {@code content} to {@code target} would do; refuses to
     * replace a file a person wrote or edited unless {@code overwrite} is set.
     */
    public static Outcome plan(Path target, String content, boolean overwrite)
            throws IOException, ConfigurationException {
        if (!Files.exists(target)) {
            return Outcome.WRITE;
        }
        String existing = Files.readString(target, StandardCharsets.UTF_8);
        if (existing.equals(content)) {
            return Outcome.UP_TO_DATE;
        }
        if (isUnedited(existing)) {
            return Outcome.WRITE;
        }
        if (overwrite) {
            return Outcome.OVERWRITE;
        }
        throw new ConfigurationException(target + " was "
                + (existing.contains(STAMP_PREFIX)
                        ? "edited after dockerfile-gen wrote it"
                        : "not written by dockerfile-gen")
                + ", so it is left as it is. To keep the changes, move them into a template override"
                + " (<templateDirectory>) or the plugin's configuration; to replace the file, delete it or set"
                + " <overwrite>true</overwrite> (-Ddockerfile-gen.overwrite).");
    }

    private static String joined(List<String> lines) {
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
    }

    private static String normalized(String text) {
        return text.replace("\r\n", "\n");
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
