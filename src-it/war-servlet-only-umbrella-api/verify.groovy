// A servlet-only war against the Jakarta EE umbrella API (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

logHas('[INFO]   servlet API jakarta.servlet 6.0 (from jakarta.platform:jakarta.jakartaee-api:10.0.0)')
logHas('[INFO]   Tomcat 10.1 (tomcat for jakarta.servlet 6.0)')
if (!read('target/Dockerfile').contains('ARG RUNTIME_IMAGE=docker.io/library/tomcat:10.1-jre17-temurin-noble')) {
    fail('not on Tomcat 10.1: ' + read('target/Dockerfile'))
}
return true
