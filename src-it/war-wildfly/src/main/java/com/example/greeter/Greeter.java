package com.example.greeter;

import jakarta.enterprise.context.ApplicationScoped;

/** A CDI bean: only an application server (or Weld in WEB-INF/lib) injects it. */
@ApplicationScoped
public class Greeter {
    public String greet() {
        return "hello from jakarta ee";
    }
}
