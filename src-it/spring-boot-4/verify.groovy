// Spring Boot 4.0 with Actuator on its own management port, a SNAPSHOT version (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Both ports from application.yml exposed and published; the version label keeps -SNAPSHOT.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout spring-boot: spring-boot-maven-plugin 4.0.7 repackages the jar')
logHas('[INFO]   ports [9090, 9091] (src/main/resources/application.yml server.port)')
logHas('[INFO] Run it: docker run --rm -p 9090:9090 -p 9091:9091 spring-boot-4:2.1.0-SNAPSHOT')
return true
