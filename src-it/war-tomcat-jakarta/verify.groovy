// A jakarta.servlet 6.0 war named storefront.war (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Tomcat 10.1, the war exploded as ROOT whatever its name, WEB-INF/lib its own layer, the folders
// Tomcat writes to given to the numeric user, Tomcat's JVM started exec-form.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout war: a war, for a servlet container or an application server')
logHas('[INFO]   servlet API jakarta.servlet 6.0 (from jakarta.servlet:jakarta.servlet-api:6.0.0)')
logHas('[INFO]   Tomcat 10.1 (tomcat for jakarta.servlet 6.0)')
logHas('[INFO] Run it: docker run --rm -p 8080:8080 war-tomcat-jakarta:1.0.0')
return true
