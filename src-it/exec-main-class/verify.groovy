// Post-build check for exec-main-class (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   main class com.example.it.ExecMain (from property exec.mainClass)')
logHas('[INFO]   Java 17 (no release or target in the POM)')
logHas('[INFO]   builder image docker.io/library/maven:3.9.16-eclipse-temurin-17, runtime image docker.io/library/eclipse-temurin:17-jre-noble (temurin)')
return true
