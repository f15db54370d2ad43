// Post-build check for bound-at-package (variables: basedir, pluginVersion).
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

// Both the jar and the Dockerfile exist, and the Dockerfile was written after the jar.
File jar = new File(basedir, 'target/bound-at-package-1.0.0.jar')
File dockerfile = new File(basedir, 'target/Dockerfile')
if (!jar.isFile()) fail('the jar was not built')
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
if (!new File(basedir, 'target/Dockerfile.dockerignore').isFile()) fail('no target/Dockerfile.dockerignore')
if (dockerfile.lastModified() < jar.lastModified()) fail('the Dockerfile is older than the jar')

// The log shows the goal at package, in the POM's execution ("default"), after maven-jar-plugin.
// Maven 3.9 prints plugin prefixes ("jar:3.5.1:jar"), older versions artifact ids.
List<String> lines = log.readLines()
int jarAt = lines.findIndexOf { it =~ /--- (maven-jar-plugin|jar):3\.5\.1:jar \(default-jar\) @ bound-at-package ---/ }
int generateAt = lines.findIndexOf {
    it =~ /--- (dockerfile-gen-maven-plugin|dockerfile-gen):[^ ]+:generate \(default\) @ bound-at-package ---/
}
if (jarAt < 0) fail('maven-jar-plugin did not run')
if (generateAt < 0) fail('the generate goal did not run from the POM binding')
if (generateAt < jarAt) fail('the generate goal ran before the jar was built')
logHas('[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore')
return true
