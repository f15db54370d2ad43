// Post-build check for release-21 (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   Java 21 (from maven-compiler-plugin <release> 21)')
logHas('[INFO]   0 runtime dependencies')
logHas('[INFO]   builder image docker.io/library/maven:3.9.16-eclipse-temurin-21, runtime image gcr.io/distroless/java21-debian13:nonroot (distroless)')
return true
