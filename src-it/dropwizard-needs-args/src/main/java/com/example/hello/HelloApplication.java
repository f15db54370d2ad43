package com.example.hello;

import io.dropwizard.core.Application;
import io.dropwizard.core.setup.Environment;

/** Started as {@code server config.yml}; without arguments Dropwizard prints its usage and exits. */
public class HelloApplication extends Application<HelloConfiguration> {
    public static void main(String[] args) throws Exception {
        new HelloApplication().run(args);
    }

    @Override
    public void run(HelloConfiguration configuration, Environment environment) {
        environment.jersey().register(new HelloResource(configuration.getGreeting()));
    }
}
