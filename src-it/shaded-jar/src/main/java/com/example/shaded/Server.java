package com.example.shaded;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import org.apache.commons.text.WordUtils;

/** Answers GET / with "Hello From A Shaded Jar" on port 8083; stops on SIGTERM. */
public final class Server {

    static final int PORT = 8083;

    private Server() {
    }

    static String greeting() {
        return WordUtils.capitalize("hello from a shaded jar");
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(PORT), 0);
        server.createContext("/", exchange -> {
            byte[] body;
            int status;
            if (!"GET".equals(exchange.getRequestMethod())) {
                status = 405;
                body = "method not allowed\n".getBytes(StandardCharsets.UTF_8);
            } else if (!"/".equals(exchange.getRequestURI().getPath())) {
                status = 404;
                body = "not found\n".getBytes(StandardCharsets.UTF_8);
            } else {
                status = 200;
                body = (greeting() + "\n").getBytes(StandardCharsets.UTF_8);
            }
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(0), "shutdown"));
        server.start();
        System.out.println("listening on port " + PORT);
    }
}
