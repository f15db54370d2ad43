// Post-build check for invalid-configuration (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// One failure that reports both problems together, each naming its POM element and the fix; the
// valid values next to them are not reported. (Maven prefixes each line of the message with
// "[ERROR] " in the summary, so the prefix is dropped before comparing.)
String error = failure()
if (!error.endsWith(':generate (default-cli) on project invalid-configuration: Invalid dockerfile-gen configuration:')) {
    fail('unexpected failure: ' + error)
}
List<String> problems = logLines.subList(logLines.indexOf(error) + 1, logLines.size())
        .collect { it.startsWith('[ERROR] ') ? it.substring(8) : it }
        .takeWhile { it.startsWith('  - ') }
List<String> expected = [
        "  - <jvmOptions> 'Xmx512m': each option must start with '-', for example -Xss1m",
        "  - <ports> '70000': must be a port from 1 to 65535, optionally with /tcp or /udp, such as 8080"]
if (problems != expected) fail('the failure does not list exactly the two problems:\n' + problems.join('\n'))
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the configuration is invalid')
return true
