package com.example.it.app;

import com.example.it.lib.Words;

/** Prints the installed library's words. */
public final class App {
    public static void main(String[] args) {
        System.out.println(Words.hello());
    }
}
