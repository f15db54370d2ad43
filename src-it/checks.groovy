// Helpers shared by every <case>/verify.groovy, which loads this file first:
//
//     evaluate(new File(basedir, '../../../src-it/checks.groovy'))
//
// (the invoker runs each case in its clone, target/it/<case>; this file is not a project and is not
// cloned). It runs in the caller's binding: the closures below become plain calls there, such as
// fail('...') or logHas('...'), and buildLog / logLines are variables there.
import java.security.MessageDigest

/** Ends the check with this message. */
fail = { String message -> throw new AssertionError(message) }

/** A file of the cloned project, by its path relative to the project. */
file = { String path -> new File(basedir, path) }

/** The case's folder as committed in src-it: what the project looked like before the build. */
File committedCase = new File(basedir, '../../../src-it/' + basedir.canonicalFile.name)
if (!new File(committedCase, 'verify.groovy').isFile()) fail('cannot find the committed case at ' + committedCase)
committed = { String path -> new File(committedCase, path) }

/** The text of a file of the cloned project; fails when it is missing. */
read = { String path ->
    File f = file(path)
    if (!f.isFile()) fail('missing: ' + f)
    f.getText('UTF-8')
}

/** Fails when any of these files exists; {@code why} ends the message ("... was written " + why). */
absent = { List<String> paths, String why ->
    for (String path : paths) {
        if (file(path).exists()) fail(path + ' was written ' + why)
    }
}

/** Fails unless the file is byte for byte the one committed in the case's folder. */
unchanged = { String path ->
    if (!Arrays.equals(file(path).bytes, committed(path).bytes)) {
        fail(path + ' was changed; it is now:\n' + read(path))
    }
}

// ---- The checksum line that closes the header of every generated file ----

CHECKSUM_LINE = ~/^# dockerfile-gen checksum, to detect hand edits: sha256:([0-9a-f]{64})$/

sha256 = { String text -> MessageDigest.getInstance('SHA-256').digest(text.getBytes('UTF-8')).encodeHex().toString() }

/**
 * The text of a generated file without its checksum line, after checking that line: there is exactly
 * one, it closes the header (every line before it is a comment, the line after it is not), and its
 * hash is the SHA-256 of the rest of the file. Compare the result with an expected file that has no
 * checksum line: the hash depends on everything else, the plugin version included.
 */
withoutChecksum = { String path ->
    String text = read(path)
    List<String> lines = text.split('\n', -1) as List
    List<Integer> at = lines.findIndexValues { it ==~ CHECKSUM_LINE }.collect { it as int }
    if (at.size() != 1) fail(path + ' has ' + at.size() + ' checksum lines, not one:\n' + text)
    int stamp = at[0]
    if (stamp == 0 || !lines.subList(0, stamp).every { it.startsWith('#') } || (lines[stamp + 1] ?: '').startsWith('#')) {
        fail(path + ': the checksum line is not right after the header comment lines (line ' + (stamp + 1) + '):\n' + text)
    }
    String rest = (lines.take(stamp) + lines.drop(stamp + 1)).join('\n')
    String hash = (lines[stamp] =~ CHECKSUM_LINE)[0][1]
    if (hash != sha256(rest)) fail(path + ': the checksum ' + hash + ' is not the SHA-256 of the rest of the file')
    rest
}

/**
 * Fails unless the generated file, without its checksum line, is the expected file byte for byte, with
 * @pluginVersion@ standing for the plugin version; names the first differing line.
 */
sameAsExpected = { String actualPath, String expectedPath ->
    String expected = read(expectedPath).replace('@pluginVersion@', pluginVersion)
    String actual = withoutChecksum(actualPath)
    if (actual != expected) {
        List<String> a = actual.split('\n', -1) as List, e = expected.split('\n', -1) as List
        int i = 0
        while (i < a.size() && i < e.size() && a[i] == e[i]) i++
        fail(actualPath + ' (checksum line left out) differs from ' + expectedPath + ' at line ' + (i + 1)
                + ':\n  expected: ' + (i < e.size() ? e[i] : '<end of file>')
                + '\n  actual:   ' + (i < a.size() ? a[i] : '<end of file>')
                + '\n--- actual file ---\n' + read(actualPath))
    }
}

// ---- The build log (all invocations of the case, in order) ----

buildLog = read('build.log')
logLines = buildLog.readLines()

logHas = { String text -> if (!buildLog.contains(text)) fail('build.log lacks: ' + text) }

/**
 * The line index where Maven announces this plugin's goal in the given execution, or -1. Maven 3.9
 * prints the plugin prefix ("--- dockerfile-gen:0.1.0:generate"), older versions the artifactId.
 */
goalStartsAt = { String goal, String execution = 'default-cli' ->
    logLines.findIndexOf {
        it =~ /--- (dockerfile-gen-maven-plugin|dockerfile-gen):[^ ]+:\Q${goal}\E \(\Q${execution}\E\) @ [^ ]+ ---/
    }
}

/**
 * The one "[ERROR] Failed to execute goal ..." line of a build that failed; fails unless the log has
 * BUILD FAILURE and exactly one such line.
 */
failure = { ->
    logHas('BUILD FAILURE')
    List<String> errors = logLines.findAll { it.startsWith('[ERROR] Failed to execute goal ') }
    if (errors.size() != 1) fail('expected one "Failed to execute goal" line, found ' + errors.size() + ': ' + errors)
    errors[0]
}

// ---- generate refused to replace the project's root Dockerfile, and wrote nothing ----
// The failure names the file, why (`reason`), and the ways out; the file is byte for byte as
// committed, and no .dockerignore (planned in the same run) was created either.
refusedAndUntouched = { String project, String reason ->
    String error = failure()
    def refusal = error =~ ('(?s).*:generate \\(default-cli\\) on project ' + java.util.regex.Pattern.quote(project)
            + ': (.+) ' + java.util.regex.Pattern.quote(reason) + ', so it is left as it is\\. .*')
    if (!refusal.matches()) fail('unexpected failure: ' + error)
    if (new File(refusal.group(1)).canonicalFile != file('Dockerfile').canonicalFile) fail('the failure names another file: ' + error)
    for (String fix : ['<templateDirectory>', 'delete it', '<overwrite>true</overwrite> (-Ddockerfile-gen.overwrite)']) {
        if (!error.contains(fix)) fail('the failure does not name "' + fix + '": ' + error)
    }
    unchanged('Dockerfile')
    absent(['Dockerfile.dockerignore', 'target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although generate refused')
    if (buildLog.contains('[INFO] Wrote ')) fail('the goal claims it wrote something')
}

// ---- The jars and folders a real build left in target/ are the ones the Dockerfile copies ----

/**
 * Fails unless every source that the runtime stage copies from the builder's target/ exists in this
 * project's target/ after its own `mvn package`, except what the builder makes after packaging
 * (the gathered dependencies, Spring Boot's extracted layers, a war's libraries and the folders a
 * servlet container writes to): the plan's idea of where packaging
 * leaves things is what a real build does.
 */
copiedArtifactsExist = { String dockerfilePath ->
    List<String> sources = read(dockerfilePath).readLines()
            .findAll { it.startsWith('COPY --from=build /build/') }
            .collect { it.split(' ')[2].substring('/build/'.length()) }
    if (sources.isEmpty()) fail('the runtime stage copies nothing from the builder')
    for (String source : sources) {
        if (['dependency', 'extracted', 'webapp-lib', 'container-writable'].any { source.startsWith('target/' + it + '/') }) continue
        if (!file(source).exists()) fail('the Dockerfile copies ' + source + ', which mvn package did not make; target/ has '
                + file('target').list().sort())
    }
}
