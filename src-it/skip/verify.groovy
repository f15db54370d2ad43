// Post-build check for skip (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

if (goalStartsAt('generate') < 0) fail('the generate goal did not run')
List<String> skips = logLines.findAll { it.contains('Skipping') }
if (skips != ['[INFO] Skipping: dockerfile-gen.skip is set.']) fail('skip lines: ' + skips)
logHas('BUILD SUCCESS')
if (buildLog.contains('dockerfile-gen: jar project') || buildLog.contains('Wrote ')) fail('the goal did its work although skipped')
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although skipped')
return true
