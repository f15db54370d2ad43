package io.github.dockerfilegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageReferenceTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "maven:3.9.16-eclipse-temurin-21, docker.io/library/maven:3.9.16-eclipse-temurin-21",
        "tomcat:10.1-jre21-temurin-noble@sha256:0123456789abcdef0123456789abcdef,"
                + " docker.io/library/tomcat:10.1-jre21-temurin-noble@sha256:0123456789abcdef0123456789abcdef",
        "bitnami/jre:21, docker.io/bitnami/jre:21",
        "docker.io/library/jetty:12.1-jdk21-eclipse-temurin, docker.io/library/jetty:12.1-jdk21-eclipse-temurin",
        "gcr.io/distroless/java21-debian13:nonroot, gcr.io/distroless/java21-debian13:nonroot",
        "localhost/app:1, localhost/app:1",
        "registry:5000/app:1, registry:5000/app:1"
    })
    void aNameGetsTheRegistryDockerWouldResolveItTo(String image, String qualified) {
        assertEquals(qualified, ImageReference.fullyQualified(image));
        ImageReference.parse(qualified);
    }
}
