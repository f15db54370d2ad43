// Post-build check for edited-dockerfile-refused (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The committed Dockerfile is one that dockerfile-gen wrote (a checksum line) and a person edited.
String before = committed('Dockerfile').getText('UTF-8')
if (before.readLines().count { it ==~ CHECKSUM_LINE } != 1 || !before.contains('\nENV TZ=Europe/Berlin\n')) {
    fail('the committed Dockerfile is not a generated file with a hand edit')
}

// generate refuses to replace it: the failure names the file, why, and the ways out.
String error = failure()
def refusal = error =~ /:generate \(default-cli\) on project edited-dockerfile-refused: (.+) was edited after dockerfile-gen wrote it, so it is left as it is\. /
if (!refusal) fail('unexpected failure: ' + error)
if (new File(refusal[0][1]).canonicalFile != file('Dockerfile').canonicalFile) fail('the failure names another file: ' + error)
for (String fix : ['<templateDirectory>', 'delete it', '<overwrite>true</overwrite> (-Ddockerfile-gen.overwrite)']) {
    if (!error.contains(fix)) fail('the failure does not name "' + fix + '": ' + error)
}

// Nothing was written: the edited file is byte for byte as committed, and its .dockerignore, planned
// in the same run, was not created either.
unchanged('Dockerfile')
absent(['Dockerfile.dockerignore', 'target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although generate refused')
if (buildLog.contains('[INFO] Wrote ')) fail('the goal claims it wrote something')
return true
