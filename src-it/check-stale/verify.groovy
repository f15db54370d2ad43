// Post-build check for check-stale (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Run 1 wrote the Dockerfile for port 8080.
logHas('[INFO] Wrote Dockerfile and Dockerfile.dockerignore')

// Run 2: check fails, naming the file and the command that regenerates it ...
String error = failure()
if (!error.contains(':check (default-cli) on project check-stale: Dockerfile is out of date (diff above). Run mvn '
        + 'io.github.dockerfilegen:dockerfile-gen-maven-plugin:' + pluginVersion
        + ':generate -Ddockerfile-gen.outputDirectory=. and commit the result.')) {
    fail('unexpected failure: ' + error)
}

// ... after logging a unified diff from the file on disk to what generate writes now (port 9090). Only
// the lines that name the port changed, and the checksum line; the .dockerignore does not name the
// port, so it is up to date and has no part in the diff.
int at = logLines.indexOf('[ERROR] The Dockerfile is out of date: it differs from what generate writes now.')
if (at < 0) fail('check logged no diff')
List<String> diff = logLines.drop(at + 1).takeWhile { !it.startsWith('[') }
if (diff.take(2) != ['--- Dockerfile (on disk)', '+++ Dockerfile (generated now)'] || diff.count { it.startsWith('--- ') } != 1) {
    fail('unexpected diff:\n' + diff.join('\n'))
}
if (!diff.any { it ==~ /@@ -\d+,\d+ \+\d+,\d+ @@/ }) fail('the diff has no hunk header:\n' + diff.join('\n'))
List<String> removed = diff.drop(2).findAll { it.startsWith('-') }.collect { it.substring(1) }
List<String> added = diff.drop(2).findAll { it.startsWith('+') }.collect { it.substring(1) }
if (!removed.contains('EXPOSE 8080') || !added.contains('EXPOSE 9090')) fail('the diff lacks -EXPOSE 8080 / +EXPOSE 9090:\n' + diff.join('\n'))
if (removed.count { it ==~ CHECKSUM_LINE } != 1 || added.count { it ==~ CHECKSUM_LINE } != 1) {
    fail('the diff does not replace the checksum line once:\n' + diff.join('\n'))
}
if (removed.findAll { !(it ==~ CHECKSUM_LINE) }.collect { it.replace('8080', '9090') } != added.findAll { !(it ==~ CHECKSUM_LINE) }) {
    fail('the diff changes more than the port:\n' + diff.join('\n'))
}

// The file on disk is left as run 1 wrote it.
sameAsExpected('Dockerfile', 'expected.Dockerfile')
return true
