// Post-build check for check-up-to-date (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Run 1, generate: the POM's <outputDirectory>${project.basedir}</outputDirectory> puts both files in
// the project folder.
logHas('[INFO] Wrote Dockerfile and Dockerfile.dockerignore')
withoutChecksum('Dockerfile')
withoutChecksum('Dockerfile.dockerignore')

// Run 2, check: the files are what generate writes now; it says so and succeeds.
int checkAt = goalStartsAt('check')
if (checkAt < 0) fail('the check goal did not run')
List<String> checkLog = logLines.drop(checkAt)
if (!checkLog.contains('[INFO] Dockerfile is up to date.')) fail('check did not report the Dockerfile up to date')
if (checkLog.any { it.startsWith('[ERROR]') }) fail('check logged an error')
if (buildLog.count('BUILD SUCCESS') != 2) fail('a run failed')
return true
