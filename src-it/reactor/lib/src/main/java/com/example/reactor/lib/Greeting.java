package com.example.reactor.lib;

import org.apache.commons.text.WordUtils;

/** The words both applications print. */
public final class Greeting {
    private Greeting() {}

    public static String of(String who) {
        return WordUtils.capitalize("hello from the library to " + who);
    }
}
