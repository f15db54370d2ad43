package com.example.greeter;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A CDI bean with a MicroProfile Config property: only a server with those features runs it. */
@Path("/hello")
@RequestScoped
public class HelloResource {
    @Inject
    @ConfigProperty(name = "greeter.server", defaultValue = "open liberty")
    String server;

    @GET
    @Produces(MediaType.TEXT_PLAIN)
    public String hello() {
        return "hello from " + server;
    }
}
