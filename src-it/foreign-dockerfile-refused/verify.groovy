// Post-build check for foreign-dockerfile-refused (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The committed Dockerfile was written by a person: no checksum line.
if (committed('Dockerfile').getText('UTF-8').contains('dockerfile-gen checksum')) fail('the committed Dockerfile has a checksum line')

// generate refuses to replace it, and writes nothing.
refusedAndUntouched('foreign-dockerfile-refused', 'was not written by dockerfile-gen')
return true
