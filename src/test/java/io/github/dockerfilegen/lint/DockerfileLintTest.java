package io.github.dockerfilegen.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class DockerfileLintTest {
    /** A Dockerfile that meets every rule; each case below breaks one. */
    private static final String GOOD = String.join(
            "\n",
            "# a comment",
            "ARG BUILDER_IMAGE=maven:3.9.16-eclipse-temurin-17",
            "ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian13:nonroot",
            "FROM ${BUILDER_IMAGE} AS build",
            "WORKDIR /build",
            "COPY pom.xml ./",
            "RUN --mount=type=cache,target=/root/.m2/repository mvn -B package \\",
            " && cp a.jar b.jar target/dependency/",
            "FROM ${RUNTIME_IMAGE} AS runtime",
            "WORKDIR /app",
            "COPY --from=build /build/target/app.jar /app/app.jar",
            "USER 65532:65532",
            "EXPOSE 8080 53/udp",
            "ENV TZ=\"UTC\"",
            "LABEL org.opencontainers.image.title=\"Hello \\\"world\\\"\" \\",
            "      org.opencontainers.image.version=\"1.0\"",
            "ENTRYPOINT [\"java\", \"-cp\", \"/app/app.jar\", \"com.example.Main\"]",
            "");

    static Stream<Path> goldenDockerfiles() throws Exception {
        return Files.list(Path.of("src/test/resources/golden"))
                .filter(p -> p.toString().endsWith(".Dockerfile"))
                .sorted();
    }

    @ParameterizedTest
    @MethodSource("goldenDockerfiles")
    void everyGoldenDockerfileIsClean(Path golden) throws Exception {
        assertEquals(List.of(), DockerfileLint.check(Files.readString(golden)));
    }

    @Test
    void theReferenceDockerfileIsClean() {
        assertEquals(List.of(), DockerfileLint.check(GOOD));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '§', textBlock = """
        DL3061              § ARG BUILDER_IMAGE=maven:3.9.16-eclipse-temurin-17      § LABEL x=y\\nARG BUILDER_IMAGE=maven:3.9.16-eclipse-temurin-17
        syntax              § # a comment                                            § # syntax=docker/dockerfile:1
        DL3006              § ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian13:nonroot § ARG RUNTIME_IMAGE=gcr.io/distroless/java17-debian13
        DL3006              § ARG BUILDER_IMAGE=maven:3.9.16-eclipse-temurin-17      § ARG BUILDER_IMAGE=maven:latest
        UndefinedArgInFrom  § FROM ${RUNTIME_IMAGE} AS runtime                       § FROM ${RUNTIME} AS runtime
        FromAsCasing        § FROM ${BUILDER_IMAGE} AS build                         § FROM ${BUILDER_IMAGE} as build
        DL3024              § FROM ${RUNTIME_IMAGE} AS runtime                       § FROM ${RUNTIME_IMAGE} AS build
        DL3022              § COPY --from=build /build/target/app.jar /app/app.jar   § COPY --from=builder /build/target/app.jar /app/app.jar
        DL3023              § COPY --from=build /build/target/app.jar /app/app.jar   § COPY --from=runtime /build/target/app.jar /app/app.jar
        link                § COPY --from=build /build/target/app.jar /app/app.jar   § COPY --link --from=build /build/target/app.jar /app/app.jar
        DL3020              § COPY pom.xml ./                                        § ADD pom.xml ./
        DL3021              § COPY pom.xml ./                                        § COPY pom.xml mvnw app
        DL3045              § WORKDIR /build                                         § # no workdir
        DL3000              § WORKDIR /app                                           § WORKDIR app
        DL3025              § ENTRYPOINT ["java", "-cp", "/app/app.jar", "com.example.Main"] § ENTRYPOINT java -cp /app/app.jar com.example.Main
        DL3025              § ENTRYPOINT ["java", "-cp", "/app/app.jar", "com.example.Main"] § ENTRYPOINT ['java']
        DL3002              § USER 65532:65532                                       § USER 0:0
        DL3002              § USER 65532:65532                                       § # no user
        DL3066              § USER 65532:65532                                       § USER nonroot
        DL3048              § ENV TZ="UTC"                                           § LABEL Team=payments
        SecretsUsedInArgOrEnv § ENV TZ="UTC"                                         § ENV DB_PASSWORD="hunter2"
        DL3011              § EXPOSE 8080 53/udp                                     § EXPOSE 8080/http
        DL4006              § COPY pom.xml ./                                        § RUN curl -s x | sh
        DL3059              § COPY pom.xml ./                                        § RUN --mount=type=cache,target=/root/.m2/repository true
        heredoc             § COPY pom.xml ./                                        § RUN <<EOF
        instructionCasing   § WORKDIR /build                                         § workdir /build
        parse               § WORKDIR /build                                         § MAINTAINER me
        """)
    void eachRuleCatchesItsMistake(String rule, String good, String bad) {
        String dockerfile = GOOD.replace(good, bad.replace("\\n", "\n"));
        assertTrue(!dockerfile.equals(GOOD), "the case must change the reference Dockerfile");
        List<Finding> findings = DockerfileLint.check(dockerfile);
        assertTrue(findings.stream().anyMatch(f -> f.rule().equals(rule)), () -> rule + " not found in " + findings);
    }

    @Test
    void findingsNameTheLineTheInstructionStartsOn() {
        List<Finding> findings = DockerfileLint.check(GOOD.replace("USER 65532:65532", "USER root"));
        assertEquals(List.of(new Finding(12, "DL3066", findings.get(0).message())), findings);
    }

    @Test
    void jsonArraysAreReadStrictly() {
        assertEquals(
                List.of("a\"b", "\u00fc", "c\\"),
                JsonStrings.parseArray("[\"a\\\"b\", \"\\u00fc\", \"c\\\\\"]").get());
        assertTrue(JsonStrings.parseArray("[\"a\",]").isEmpty());
        assertTrue(JsonStrings.parseArray("[\"a\" \"b\"]").isEmpty());
        assertTrue(JsonStrings.parseArray("[\"a\\x\"]").isEmpty());
        assertEquals(List.of(), JsonStrings.parseArray("[ ]").get());
    }
}
