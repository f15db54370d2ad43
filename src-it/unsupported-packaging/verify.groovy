// Post-build check for unsupported-packaging (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

String error = failure()
if (!error.contains(':generate (default-cli) on project unsupported-packaging: '
        + '<packaging>ear</packaging> is not supported: an ear runs only on a Jakarta EE application server, and'
        + ' dockerfile-gen puts wars on Open Liberty and WildFly, not ears yet.')) {
    fail('unexpected failure: ' + error)
}
if (!error.contains('<skip>true</skip>')) fail('the failure does not say how to leave the module out: ' + error)
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')
return true
