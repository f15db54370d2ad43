package io.github.dockerfilegen.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DockerfileSyntaxTest {

    @Test
    void jsonArrayEscapesQuotesBackslashesAndNonAscii() {
        assertEquals(
                "[\"java\", \"-Da=\\\"b\\\\c\\\"\", \"-Dname=J\\u00fcrgen\", \"-Dx=\\u2028\"]",
                DockerfileSyntax.jsonArray(List.of("java", "-Da=\"b\\c\"", "-Dname=Jürgen", "-Dx=\u2028")));
    }

    @Test
    void doubleQuotedEscapesEverythingDockerWouldInterpret() {
        assertEquals("\"say \\\"hi\\\" to \\$USER \\\\\"", DockerfileSyntax.doubleQuoted("say \"hi\" to $USER \\"));
    }

    @Test
    void shellWordsQuoteOnlyWhatNeedsIt() {
        assertEquals(
                "mvn -B -Dx=1 '-Dmsg=it'\\''s $HOME' '-P!dev'",
                DockerfileSyntax.shellWords(List.of("mvn", "-B", "-Dx=1", "-Dmsg=it's $HOME", "-P!dev")));
    }

    @Test
    void lineBreaksNeverReachTheOutput() {
        assertThrows(IllegalArgumentException.class, () -> DockerfileSyntax.doubleQuoted("a\nLABEL x=y"));
        assertThrows(IllegalArgumentException.class, () -> DockerfileSyntax.shellWords(List.of("a\rb")));
    }
}
