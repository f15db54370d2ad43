package com.example.assembly;

import org.apache.commons.text.WordUtils;

/** Prints "Hello From An Assembly Jar". */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.out.println(WordUtils.capitalize("hello from an assembly jar"));
    }
}
