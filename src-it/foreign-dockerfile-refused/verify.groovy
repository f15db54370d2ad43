// Post-build check for foreign-dockerfile-refused (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The committed Dockerfile was written by a person: no checksum line.
if (committed('Dockerfile').getText('UTF-8').contains('dockerfile-gen checksum')) fail('the committed Dockerfile has a checksum line')

// generate refuses to replace it: the failure names the file, why, and the ways out.
String error = failure()
def refusal = error =~ /:generate \(default-cli\) on project foreign-dockerfile-refused: (.+) was not written by dockerfile-gen, so it is left as it is\. /
if (!refusal) fail('unexpected failure: ' + error)
if (new File(refusal[0][1]).canonicalFile != file('Dockerfile').canonicalFile) fail('the failure names another file: ' + error)
for (String fix : ['<templateDirectory>', 'delete it', '<overwrite>true</overwrite> (-Ddockerfile-gen.overwrite)']) {
    if (!error.contains(fix)) fail('the failure does not name "' + fix + '": ' + error)
}

// Nothing was written: the file is byte for byte as committed, and no .dockerignore appeared.
unchanged('Dockerfile')
absent(['Dockerfile.dockerignore', 'target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although generate refused')
if (buildLog.contains('[INFO] Wrote ')) fail('the goal claims it wrote something')
return true
