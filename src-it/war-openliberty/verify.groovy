// A Jakarta EE 10 REST war with MicroProfile Config and liberty-maven-plugin (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Open Liberty's kernel-slim image set up as its guides do: the configuration folder, features.sh,
// the war where <webApplication location> expects it, configure.sh; liberty.var.http.port as an
// environment variable, and its port exposed.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   Open Liberty: the build uses io.openliberty.tools:liberty-maven-plugin')
logHas('[INFO]   Open Liberty 26.0.0.3 kernel-slim (icr.io/appcafe/open-liberty:26.0.0.3-kernel-slim-java17-openj9-ubi-minimal,'
        + ' IBM Semeru\'s OpenJ9 JVM for Java 17): features.sh installs restfulWS-3.1, cdi-4.0, mpConfig-3.1 from'
        + ' src/main/liberty/config/server.xml')
logHas('[INFO]   liberty.var.http.port becomes the environment variable http_port=9090')
logHas('[INFO] Run it: docker run --rm -p 9090:9090 -p 9443:9443 war-openliberty:1.0.0')
return true
