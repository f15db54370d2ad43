package com.example.it.lib;

/** What the application prints. */
public final class Words {
    private Words() {}

    public static String hello() {
        return "hello from an installed library";
    }
}
