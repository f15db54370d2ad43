// Post-build check for invalid-configuration (variables: basedir, pluginVersion).
def fail = { String message -> throw new AssertionError(message) }
def read = { String path ->
    File f = new File(basedir, path)
    if (!f.isFile()) fail("missing: " + f)
    f.getText('UTF-8')
}
def sameAsExpected = { String actualPath, String expectedPath ->
    String expected = read(expectedPath).replace('@pluginVersion@', pluginVersion)
    String actual = read(actualPath)
    if (actual != expected) {
        List<String> a = actual.split('\n', -1) as List, e = expected.split('\n', -1) as List
        int i = 0
        while (i < a.size() && i < e.size() && a[i] == e[i]) i++
        fail(actualPath + " differs from " + expectedPath + " at line " + (i + 1) + ":\n  expected: "
                + (i < e.size() ? e[i] : '<end of file>') + "\n  actual:   " + (i < a.size() ? a[i] : '<end of file>')
                + "\n--- actual file ---\n" + actual)
    }
}
String log = read('build.log')
def logHas = { String text -> if (!log.contains(text)) fail("build.log lacks: " + text) }

// One failure that reports both problems together, each naming its POM element and the fix; the
// valid values next to them are not reported. (Maven prefixes each line of the message with
// "[ERROR] " in the summary, so the prefix is dropped before comparing.)
logHas('BUILD FAILURE')
List<String> lines = log.readLines()
int at = lines.findIndexOf { it.startsWith('[ERROR] Failed to execute goal ') }
if (at < 0) fail('build.log has no "Failed to execute goal" line')
if (!lines[at].endsWith(':generate (default-cli) on project invalid-configuration: Invalid dockerfile-gen configuration:')) {
    fail('unexpected failure: ' + lines[at])
}
List<String> problems = lines.subList(at + 1, lines.size())
        .collect { it.startsWith('[ERROR] ') ? it.substring(8) : it }
        .takeWhile { it.startsWith('  - ') }
List<String> expected = [
        "  - <jvmOptions> 'Xmx512m': each option must start with '-', for example -Xss1m",
        "  - <ports> '70000': must be a port from 1 to 65535, optionally with /tcp or /udp, such as 8080"]
if (problems != expected) fail('the failure does not list exactly the two problems:\n' + problems.join('\n'))
if (lines.count { it.startsWith('[ERROR] Failed to execute goal ') } != 1) fail('more than one failure reported')
for (String path : ['target/Dockerfile', 'target/Dockerfile.dockerignore']) {
    if (new File(basedir, path).exists()) fail(path + ' was written although the configuration is invalid')
}
return true
