package com.example.hello;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/hello")
@Produces(MediaType.TEXT_PLAIN)
public class HelloResource {
    private final String greeting;

    public HelloResource(String greeting) {
        this.greeting = greeting;
    }

    @GET
    public String hello() {
        return greeting + ", world";
    }
}
