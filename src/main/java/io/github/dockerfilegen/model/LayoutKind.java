package io.github.dockerfilegen.model;

/** The kinds of application the planner lays out, by the name users write in {@code <layout>}. */
public enum LayoutKind implements Choice {
    /** Spring Boot's repackaged jar, extracted into its layers. */
    SPRING_BOOT("spring-boot"),
    /** Quarkus's fast-jar (or uber-jar) from quarkus-maven-plugin. */
    QUARKUS("quarkus"),
    /** A Micronaut application on a classpath, never its shaded jar. */
    MICRONAUT("micronaut"),
    /** A jar with its dependencies inside, from the shade or assembly plugin. */
    UBER_JAR("uber-jar"),
    /** A plain jar on a classpath with its dependencies. */
    JAR("jar"),
    /** A war, exploded as the root application of a servlet container. */
    WAR("war");

    private final String id;

    LayoutKind(String id) {
        this.id = id;
    }

    @Override
    public String id() {
        return id;
    }
}
