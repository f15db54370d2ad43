package io.github.dockerfilegen.output;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

    @Test
    void identicalTextsHaveNoDiff() {
        assertEquals("", UnifiedDiff.of("a", "x\ny\n", "b", "x\ny\n"));
    }

    @Test
    void aChangedLineShowsWithThreeLinesOfContext() {
        String before = "1\n2\n3\n4\n5\n6\n7\n8\n9\n";
        String after = "1\n2\n3\n4\nfive\n6\n7\n8\n9\n";
        assertEquals(
                "--- a\n+++ b\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-5\n+five\n 6\n 7\n 8\n",
                UnifiedDiff.of("a", before, "b", after));
    }

    @Test
    void distantChangesGetTheirOwnHunks() {
        String before = "a\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nl\n";
        String after = "A\nb\nc\nd\ne\nf\ng\nh\ni\nj\nk\nL\n";
        assertEquals(
                "--- x\n+++ y\n@@ -1,4 +1,4 @@\n-a\n+A\n b\n c\n d\n@@ -9,4 +9,4 @@\n i\n j\n k\n-l\n+L\n",
                UnifiedDiff.of("x", before, "y", after));
    }

    @Test
    void addedAndRemovedLinesAtTheEnds() {
        assertEquals("--- x\n+++ y\n@@ -1,2 +1,3 @@\n a\n b\n+c\n", UnifiedDiff.of("x", "a\nb\n", "y", "a\nb\nc\n"));
        assertEquals("--- x\n+++ y\n@@ -0,0 +1,1 @@\n+a\n", UnifiedDiff.of("x", "", "y", "a\n"));
    }
}
