// A war without a servlet API (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

String error = failure()
if (!error.contains('No servlet API found among the dependencies')) fail('unexpected failure: ' + error)
if (!error.contains('<servletContainer> to one of: tomcat, tomcat-9.0, tomcat-10.1, tomcat-11.0, jetty,')) {
    fail('the failure does not name <servletContainer> and its values: ' + error)
}
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')
return true
