// Post-build check for skip (variables: basedir, pluginVersion).
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

if (!(log =~ /--- (dockerfile-gen-maven-plugin|dockerfile-gen):[^ ]+:generate \(default-cli\) @ skip ---/)) {
    fail('the generate goal did not run')
}
List<String> skips = log.readLines().findAll { it.contains('Skipping') }
if (skips != ['[INFO] Skipping: dockerfile-gen.skip is set.']) fail('skip lines: ' + skips)
logHas('BUILD SUCCESS')
if (log.contains('dockerfile-gen: jar project') || log.contains('Wrote ')) fail('the goal did its work although skipped')
for (String path : ['target/Dockerfile', 'target/Dockerfile.dockerignore']) {
    if (new File(basedir, path).exists()) fail(path + ' was written although skipped')
}
return true
