// Post-build check for unsupported-packaging (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

String error = failure()
if (!error.contains(':generate (default-cli) on project unsupported-packaging: '
        + '<packaging>ear</packaging> is not supported yet. Supported packagings: jar (plain, Spring Boot, Quarkus,'
        + ' Micronaut, uber-jar), war (a servlet container, or Spring Boot\'s executable war), quarkus, and'
        + ' Micronaut\'s docker (pom projects are skipped).')) {
    fail('unexpected failure: ' + error)
}
if (!error.contains('<skip>true</skip>')) fail('the failure does not say how to leave the module out: ' + error)
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')
return true
