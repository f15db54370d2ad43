// A javax.servlet 4.0 war, for Tomcat and for Jetty (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Tomcat 9.0, the last Tomcat of the javax namespace.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   servlet API javax.servlet 4.0 (from javax.servlet:javax.servlet-api:4.0.1)')
logHas('[INFO]   Tomcat 9.0 (tomcat for javax.servlet 4.0)')

// Jetty 12.1 with the ee8 environment for the same war.
logHas('[INFO]   Jetty 12.1 ee8 (jetty for javax.servlet 4.0)')
List<String> jetty = withoutChecksum('target/jetty/Dockerfile').readLines()
for (String line : ['ARG RUNTIME_IMAGE=docker.io/library/jetty:12.1-jdk17-eclipse-temurin',
        'COPY --from=build /build/target/war-tomcat-javax-1.0.0/ /var/lib/jetty/webapps/ROOT/']) {
    if (!jetty.contains(line)) fail('target/jetty/Dockerfile lacks: ' + line + '\n' + jetty.join('\n'))
}
if (!jetty.last().contains('"--module=ee8-deploy,ee8-annotations,ee8-jsp,ee8-jstl"')) fail('not started with ee8: ' + jetty.last())
return true
