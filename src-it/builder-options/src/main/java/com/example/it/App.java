package com.example.it;

public class App {
    public static void main(String[] args) {
        System.out.println("builder options");
    }
}
