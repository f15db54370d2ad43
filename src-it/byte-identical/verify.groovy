// Post-build check for byte-identical (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Run 1 (target/a) is the expected file, exactly, but for the checksum line.
sameAsExpected('target/a/Dockerfile', 'expected.Dockerfile')

// Run 2 (target/b) is byte-identical to run 1 once the output path is swapped, checksum line included:
// run 2's file with the path swapped and its checksum line recomputed (withoutChecksum has checked
// that it is the SHA-256 of the rest) has exactly run 1's bytes. The lines that name the path and the
// checksum line, all in the header, are the only lines that differ.
def compare = { String name ->
    List<String> b = withoutChecksum('target/b/' + name).replace('target/b/Dockerfile', 'target/a/Dockerfile')
            .replace('outputDirectory=target/b', 'outputDirectory=target/a').split('\n', -1) as List
    String rest = b.join('\n')
    b.add(b.findIndexOf { !it.startsWith('#') }, '# dockerfile-gen checksum, to detect hand edits: sha256:' + sha256(rest))
    if (!Arrays.equals(file('target/a/' + name).bytes, b.join('\n').getBytes('UTF-8'))) {
        fail(name + ' of run 2 is not byte-identical to run 1 (path swapped, checksum recomputed)')
    }
    List<String> aLines = read('target/a/' + name).readLines(), bLines = read('target/b/' + name).readLines()
    List<Integer> differing = (0..<aLines.size()).findAll { aLines[it] != bLines[it] }
    int header = aLines.findIndexOf { !it.startsWith('#') }
    List<Integer> expected = (0..<header).findAll {
        aLines[it].contains('target/a/Dockerfile') || aLines[it].contains('outputDirectory=target/a') || aLines[it] ==~ CHECKSUM_LINE
    }
    if (expected.size() < 2 || differing != expected) {
        fail(name + ': lines ' + differing + ' differ between target/a and target/b, expected the header lines ' + expected)
    }
}
compare('Dockerfile')
compare('Dockerfile.dockerignore')

// Run 3 (target/a again) found identical content and left both files untouched: they are still
// older than run 2's.
for (String name : ['Dockerfile', 'Dockerfile.dockerignore']) {
    long a = file('target/a/' + name).lastModified()
    long b = file('target/b/' + name).lastModified()
    if (a >= b) fail('target/a/' + name + ' was rewritten by run 3 (modified ' + a + ', run 2 wrote at ' + b + ')')
}

// Three runs, each wrote or kept the files and logged the same decisions.
List<String> wrote = logLines.findAll { it.startsWith('[INFO] Wrote ') || it.startsWith('[INFO] Up to date: ') }
if (wrote != ['[INFO] Wrote target/a/Dockerfile and target/a/Dockerfile.dockerignore',
              '[INFO] Wrote target/b/Dockerfile and target/b/Dockerfile.dockerignore',
              '[INFO] Up to date: target/a/Dockerfile and target/a/Dockerfile.dockerignore']) {
    fail('unexpected runs: ' + wrote)
}
return true
