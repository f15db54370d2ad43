package com.example.reactor.app;

import com.example.reactor.lib.Greeting;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** Prints the root's banner and the library's greeting. */
public final class Main {
    public static void main(String[] args) throws IOException {
        try (InputStream banner = Main.class.getResourceAsStream("/banner.txt")) {
            System.out.println(new String(banner.readAllBytes(), StandardCharsets.UTF_8).strip() + " " + Greeting.of("app"));
        }
    }
}
