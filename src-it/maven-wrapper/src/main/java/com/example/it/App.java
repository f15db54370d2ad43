package com.example.it;

public class App {
    public static void main(String[] args) {
        System.out.println("built with the wrapper");
    }
}
