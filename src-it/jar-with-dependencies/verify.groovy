// Post-build check for jar-with-dependencies (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The jar was built first, then the Dockerfile generated for it.
if (!file('target/jar-with-dependencies-1.0.0.jar').isFile()) fail('the jar was not built')
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')

// The .dockerignore BuildKit reads next to target/Dockerfile: names its Dockerfile, sends only
// pom.xml and src/, and keeps every target/ folder out of the build context.
String ignore = withoutChecksum('target/Dockerfile.dockerignore')
List<String> ignoreLines = ignore.readLines()
if (!ignoreLines[0].contains('for target/Dockerfile.')) fail('.dockerignore header: ' + ignoreLines[0])
if (!ignoreLines.take(5).containsAll(['*', '!pom.xml', '!src/'])) fail('.dockerignore does not start from "*": ' + ignore)
if (!ignoreLines.contains('**/target/')) fail('.dockerignore does not exclude **/target/:\n' + ignore)
if (ignoreLines.any { it.startsWith('!') && it.contains('target') }) fail('.dockerignore re-includes target:\n' + ignore)

// The log tells what was decided and how to build: the test-scoped junit counts for nothing.
logHas('[INFO]   Java 17 (from property maven.compiler.release 17)')
logHas('[INFO]   main class com.example.it.App (from maven-jar-plugin <archive><manifest><mainClass>)')
logHas('[INFO]   2 runtime dependencies')
logHas('[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore')
String buildLine = logLines.find { it.startsWith('[INFO] Build it (in ') }
if (buildLine == null) fail('build.log has no "Build it" line')
if (!buildLine.endsWith('): DOCKER_BUILDKIT=1 docker build -f target/Dockerfile -t jar-with-dependencies:1.0.0 .')) {
    fail('unexpected build command: ' + buildLine)
}
if (!buildLine.contains(basedir.canonicalFile.name)) fail('the Build it line does not name the project folder: ' + buildLine)
return true
