// A Jakarta EE 10 REST war with wildfly-maven-plugin (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// WildFly's image, the war in standalone/deployments under its own name, standalone.sh as the
// entrypoint with the heap sized in JBOSS_JAVA_SIZING, the image's jboss user.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   WildFly: the build uses org.wildfly.plugins:wildfly-maven-plugin')
logHas('[INFO]   WildFly 39.0.1.Final (quay.io/wildfly/wildfly:39.0.1.Final-jdk17): greeter.war in'
        + ' standalone/deployments, served under /greeter/')
logHas('[INFO] Run it: docker run --rm -p 8080:8080 war-wildfly:1.0.0')
return true
