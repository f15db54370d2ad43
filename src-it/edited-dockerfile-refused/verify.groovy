// Post-build check for edited-dockerfile-refused (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The committed Dockerfile is one that dockerfile-gen wrote (a checksum line) and a person edited.
String before = committed('Dockerfile').getText('UTF-8')
if (before.readLines().count { it ==~ CHECKSUM_LINE } != 1 || !before.contains('\nENV TZ=Europe/Berlin\n')) {
    fail('the committed Dockerfile is not a generated file with a hand edit')
}

// generate refuses to replace it, and writes nothing.
refusedAndUntouched('edited-dockerfile-refused', 'was edited after dockerfile-gen wrote it')
return true
