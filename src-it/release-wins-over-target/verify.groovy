// Post-build check for release-wins-over-target (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
// The decision names the release as its source, not the plugin's <target> nor the target property.
logHas('[INFO]   Java 21 (from property maven.compiler.release 21)')
if (buildLog.contains('eclipse-temurin-17') || buildLog.contains('java17')) fail('a Java 17 image was chosen from the target')
return true
