package com.example.hello;

import org.apache.commons.text.WordUtils;

/** Prints a greeting that shows which JVM and which user it runs as. */
public final class Main {
    private Main() {}

    public static void main(String[] args) {
        String greeting = WordUtils.capitalize("hello from a generated dockerfile");
        System.out.println(greeting + " on Java " + Runtime.version().feature());
    }
}
