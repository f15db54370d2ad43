// Post-build check for overwrite (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The committed Dockerfile is one that dockerfile-gen wrote (a checksum line) and a person edited.
String before = committed('Dockerfile').getText('UTF-8')
if (before.readLines().count { it ==~ CHECKSUM_LINE } != 1 || !before.contains('\nENV TZ=Europe/Berlin\n')) {
    fail('the committed Dockerfile is not a generated file with a hand edit')
}

// Run 1, -Ddockerfile-gen.overwrite=true: replaced, with a warning. The file is the generated one
// again, the hand edit gone, with a checksum line that matches it.
logHas('[WARNING] Overwrote hand-edited files (<overwrite> is set).')
sameAsExpected('Dockerfile', 'expected.Dockerfile')
withoutChecksum('Dockerfile.dockerignore')

// Run 2, without overwrite: the plugin now takes the file for its own, unedited, and keeps it.
List<String> runs = logLines.findAll { it.startsWith('[INFO] Wrote ') || it.startsWith('[INFO] Up to date: ') }
if (runs != ['[INFO] Wrote Dockerfile and Dockerfile.dockerignore', '[INFO] Up to date: Dockerfile and Dockerfile.dockerignore']) {
    fail('unexpected runs: ' + runs)
}
if (logLines.count { it.contains('Overwrote') } != 1) fail('run 2 overwrote too')
if (buildLog.count('BUILD SUCCESS') != 2) fail('a run failed')
return true
