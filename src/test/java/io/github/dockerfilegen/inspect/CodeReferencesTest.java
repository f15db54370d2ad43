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
        Set<String> fromSources = CodeReferences.read(classes, List.of(project.resolve("src/main/java")))
                .packages();
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
        Set<String> fromClasses = CodeReferences.read(classes, List.of(project.resolve("src/main/java")))
                .packages();
        assertTrue(fromClasses.containsAll(fromSources), fromClasses + " lacks some of " + fromSources);
    }

    @Test
    void nothingToReadIsNothingUsed() {
        assertEquals(
                Set.of(),
                CodeReferences.read(project.resolve("target/classes"), List.of(project.resolve("src")))
                        .packages());
    }

    /** A JAX-RS resource names its API only in annotations, which no class constant of it refers to. */
    @Test
    void annotationsCountAsUsesFromClassesAsFromSources() throws Exception {
        Path api = Files.createDirectories(project.resolve("api/jakarta/ws/rs"));
        Files.writeString(
                api.resolve("Path.java"),
                "package jakarta.ws.rs;\n@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                        + "public @interface Path { String value(); }\n");
        Files.writeString(
                api.resolve("GET.java"),
                "package jakarta.ws.rs;\n@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)\n"
                        + "public @interface GET {}\n");
        Path sources = Files.createDirectories(project.resolve("src/main/java/com/example/rest"));
        Files.writeString(
                sources.resolve("Hello.java"),
                "package com.example.rest;\n\nimport jakarta.ws.rs.GET;\n\n"
                        + "@jakarta.ws.rs.Path(\"/hello\")\npublic class Hello {\n"
                        + "    @GET\n    public String hello() { return \"hello\"; }\n}\n");
        Path classes = project.resolve("target/classes");
        List<Path> roots = List.of(project.resolve("src/main/java"));
        assertEquals(
                Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.Path"),
                CodeReferences.read(classes, roots).types());

        Path apiClasses = Files.createDirectories(project.resolve("api-classes"));
        assertEquals(
                0,
                javac(
                        "-d",
                        apiClasses.toString(),
                        api.resolve("Path.java").toString(),
                        api.resolve("GET.java").toString()));
        Files.createDirectories(classes);
        assertEquals(
                0,
                javac(
                        "-cp",
                        apiClasses.toString(),
                        "-d",
                        classes.toString(),
                        sources.resolve("Hello.java").toString()));
        CodeReferences.Found fromClasses = CodeReferences.read(classes, roots);
        assertTrue(
                fromClasses.types().containsAll(Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.Path")),
                fromClasses.types()::toString);
        assertTrue(fromClasses.packages().contains("jakarta.ws.rs"), fromClasses.packages()::toString);
    }

    private static int javac(String... arguments) {
        return ToolProvider.getSystemJavaCompiler().run(null, null, null, arguments);
    }
}
