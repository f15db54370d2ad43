// Post-build check for byte-identical (variables: basedir, pluginVersion).
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

// Run 1 (target/a) is the expected file, exactly.
sameAsExpected('target/a/Dockerfile', 'expected.Dockerfile')

// Run 2 (target/b) is byte-identical to run 1 once the output path in the header is swapped; the
// header lines are the only lines that differ.
def compare = { String name, int headerLines ->
    byte[] a = new File(basedir, 'target/a/' + name).bytes
    byte[] b = new File(basedir, 'target/b/' + name).bytes
    String bAsA = new String(b, 'UTF-8').replace('target/b/Dockerfile', 'target/a/Dockerfile')
    if (!Arrays.equals(a, bAsA.getBytes('UTF-8'))) fail(name + ' of run 2 is not byte-identical to run 1')
    List<String> aLines = new String(a, 'UTF-8').readLines(), bLines = new String(b, 'UTF-8').readLines()
    List<Integer> differing = (0..<aLines.size()).findAll { aLines[it] != bLines[it] }
    if (differing.isEmpty() || differing.any { it >= headerLines }) {
        fail(name + ': lines ' + differing + ' differ between target/a and target/b')
    }
}
compare('Dockerfile', 5)
compare('Dockerfile.dockerignore', 1)

// Run 3 (target/a again) found identical content and left both files untouched: they are still
// older than run 2's.
for (String name : ['Dockerfile', 'Dockerfile.dockerignore']) {
    long a = new File(basedir, 'target/a/' + name).lastModified()
    long b = new File(basedir, 'target/b/' + name).lastModified()
    if (a >= b) fail('target/a/' + name + ' was rewritten by run 3 (modified ' + a + ', run 2 wrote at ' + b + ')')
}

// Three runs, each wrote or kept the files and logged the same decisions.
List<String> wrote = log.readLines().findAll { it.startsWith('[INFO] Wrote ') || it.startsWith('[INFO] Up to date: ') }
if (wrote != ['[INFO] Wrote target/a/Dockerfile and target/a/Dockerfile.dockerignore',
              '[INFO] Wrote target/b/Dockerfile and target/b/Dockerfile.dockerignore',
              '[INFO] Up to date: target/a/Dockerfile and target/a/Dockerfile.dockerignore']) {
    fail('unexpected runs: ' + wrote)
}
return true
