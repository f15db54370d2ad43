package io.github.dockerfilegen.output;

import java.util.ArrayList;
import java.util.List;

/** A unified diff ({@code diff -u} format) of two texts, small enough for Dockerfiles: O(n·m) LCS. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {}

    /** The diff from {@code before} to {@code after}, or an empty string when they have the same lines. */
    public static String of(String beforeName, String before, String afterName, String after) {
        List<String> a = before.lines().toList();
        List<String> b = after.lines().toList();
        List<Edit> edits = edits(a, b);
        if (edits.stream().allMatch(e -> e.kind == ' ')) {
            return "";
        }
        StringBuilder out = new StringBuilder("--- " + beforeName + "\n+++ " + afterName + "\n");
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).kind == ' ') {
                i++;
                continue;
            }
            int start = Math.max(0, i - CONTEXT);
            int end = i;
            // Extend the hunk while the next change is within two contexts' reach.
            while (end < edits.size()) {
                int next = end;
                while (next < edits.size() && edits.get(next).kind == ' ') {
                    next++;
                }
                if (next == edits.size() || next - end > 2 * CONTEXT) {
                    end = Math.min(edits.size(), end + CONTEXT);
                    break;
                }
                end = next + 1;
            }
            appendHunk(out, edits.subList(start, end));
            i = end;
        }
        return out.toString();
    }

    private static void appendHunk(StringBuilder out, List<Edit> hunk) {
        int fromA = hunk.get(0).lineA;
        int fromB = hunk.get(0).lineB;
        int countA = (int) hunk.stream().filter(e -> e.kind != '+').count();
        int countB = (int) hunk.stream().filter(e -> e.kind != '-').count();
        out.append("@@ -")
                .append(countA == 0 ? fromA : fromA + 1)
                .append(',')
                .append(countA)
                .append(" +")
                .append(countB == 0 ? fromB : fromB + 1)
                .append(',')
                .append(countB)
                .append(" @@\n");
        for (Edit e : hunk) {
            out.append(e.kind).append(e.text).append('\n');
        }
    }

    private record Edit(char kind, String text, int lineA, int lineB) {}

    private static List<Edit> edits(List<String> a, List<String> b) {
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                edits.add(new Edit(' ', a.get(i), i++, j++));
            } else if (i < a.size() && (j == b.size() || lcs[i + 1][j] >= lcs[i][j + 1])) {
                edits.add(new Edit('-', a.get(i), i++, j));
            } else {
                edits.add(new Edit('+', b.get(j), i, j++));
            }
        }
        return edits;
    }
}
