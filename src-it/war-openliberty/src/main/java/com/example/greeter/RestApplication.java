package com.example.greeter;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** Jakarta REST under /api; the server supplies the implementation. */
@ApplicationPath("/api")
public class RestApplication extends Application {}
