package io.github.dockerfilegen.inspect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packages an application uses, the same whether its classes were compiled or only its sources exist. */
class CodeReferencesTest {
    @TempDir
    Path project;

    private static final String SERVER = "package com.example.web;\n\n"
            + "import com.sun.net.httpserver.HttpServer;\n"
            + "import java.net.InetSocketAddress;\n\n"
            + "public class Server {\n"
            + "    public static void main(String[] args) throws Exception {\n"
            + "        HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);\n"
            + "        java.util.logging.Logger.getLogger(\"web\").info(\"up\");\n"
            + "        server.start();\n"
            + "    }\n"
            + "}\n";

    @Test
    void sourcesBeforeCompileAndClassesAfterNameTheSamePackages() throws Exception {
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/web"));
        Files.writeString(sources.resolve("Server.java"), SERVER);
        Path classes = project.resolve("target/classes");
        Set<String> fromSources = CodeReferences.packages(classes, List.of(project.resolve("src/main/java")));
        assertTrue(
                fromSources.containsAll(Set.of("com.sun.net.httpserver", "java.net", "java.util.logging")),
                fromSources::toString);

        Files.createDirectories(classes);
        int compiled = ToolProvider.getSystemJavaCompiler()
                .run(
                        null,
                        null,
                        null,
                        "-d",
                        classes.toString(),
                        sources.resolve("Server.java").toString());
        assertEquals(0, compiled);
        Set<String> fromClasses = CodeReferences.packages(classes, List.of(project.resolve("src/main/java")));
        assertTrue(fromClasses.containsAll(fromSources), fromClasses + " lacks some of " + fromSources);
    }

    @Test
    void nothingToReadIsNothingUsed() {
        assertEquals(
                Set.of(), CodeReferences.packages(project.resolve("target/classes"), List.of(project.resolve("src"))));
    }
}
