package com.example.it;

public final class Greeter {
    private Greeter() {}

    static String greeting(String name) {
        return "hello " + name;
    }

    public static void main(String[] args) {
        System.out.println(greeting("test stage"));
    }
}
