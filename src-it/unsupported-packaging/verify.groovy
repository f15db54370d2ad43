// Post-build check for unsupported-packaging (variables: basedir, pluginVersion).
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

logHas('BUILD FAILURE')
String error = log.readLines().find { it.startsWith('[ERROR] Failed to execute goal ') }
if (error == null) fail('build.log has no "Failed to execute goal" line')
if (!error.contains(':generate (default-cli) on project unsupported-packaging: '
        + '<packaging>war</packaging> is not supported yet. Supported packagings: jar (pom projects are skipped).')) {
    fail('unexpected failure: ' + error)
}
if (!error.contains('<skip>true</skip>')) fail('the failure does not say how to leave the module out: ' + error)
for (String path : ['target/Dockerfile', 'target/Dockerfile.dockerignore']) {
    if (new File(basedir, path).exists()) fail(path + ' was written although the goal failed')
}
return true
