package com.example.it;

public final class Bound {
    public static void main(String[] args) {
        System.out.println("bound at package");
    }
}
