package com.example.it;

import org.apache.commons.text.WordUtils;

public final class App {
    public static void main(String[] args) {
        System.out.println(WordUtils.capitalize("hello from the invoker test"));
    }
}
