// A javax.servlet 4.0 war (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   servlet API javax.servlet 4.0 (from javax.servlet:javax.servlet-api:4.0.1)')
logHas('[INFO]   Tomcat 9.0 (tomcat for javax.servlet 4.0)')
return true
