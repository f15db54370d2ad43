// Post-build check for pom-packaging-skipped (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The goal ran (bound at package) and said why it did nothing, in one line.
if (goalStartsAt('generate', 'default') < 0) fail('the generate goal did not run at package')
List<String> skips = logLines.findAll { it.contains('Skipping') }
if (skips != ['[INFO] Skipping: pom packaging has no application to put in an image.']) fail('skip lines: ' + skips)
logHas('BUILD SUCCESS')
if (buildLog.contains('Wrote ')) fail('the goal claims it wrote something')
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'for a pom project')
return true
