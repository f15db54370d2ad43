package io.github.dockerfilegen.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageMirrorTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "maven:3.9.16-eclipse-temurin-21, mirror.example.com/hub/library/maven:3.9.16-eclipse-temurin-21",
        "docker.io/library/tomcat:10.1-jre21-temurin-noble, mirror.example.com/hub/library/tomcat:10.1-jre21-temurin-noble",
        "docker.io/eclipse-temurin:21-jre-noble, mirror.example.com/hub/library/eclipse-temurin:21-jre-noble",
        "bitnami/jre:21, mirror.example.com/hub/bitnami/jre:21",
        "gcr.io/distroless/java21-debian13:nonroot, mirror.example.com/hub/gcr.io/distroless/java21-debian13:nonroot"
    })
    void namesMapAsRegistryMirrorsLayThemOut(String image, String mirrored) {
        assertEquals(mirrored, ImageMirror.parse("mirror.example.com/hub/").map(image));
        ImageReference.parse(mirrored);
    }
}
