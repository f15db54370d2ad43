// A Jakarta REST war without an implementation, with a JTA persistence unit (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

String error = failure()
if (!error.contains('war-needs-application-server needs a Jakarta EE application server, which Tomcat and Jetty'
        + ' are not: its code uses JAX-RS (Jakarta REST) (jakarta.ws.rs or javax.ws.rs) and no implementation of'
        + ' it is on the runtime classpath; it uses container-managed JPA'
        + ' (src/main/resources/META-INF/persistence.xml).')) {
    fail('unexpected failure: ' + error)
}
if (!error.contains('Run it on one: <servletContainer>openliberty</servletContainer> or'
        + ' <servletContainer>wildfly</servletContainer>')) {
    fail('the failure does not name the servers to choose: ' + error)
}
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')
return true
