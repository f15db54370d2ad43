// Post-build check for output-in-project-root (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// -Ddockerfile-gen.outputDirectory=. puts the Dockerfile in the project folder; it names itself there.
sameAsExpected('Dockerfile', 'expected.Dockerfile')
List<String> ignore = withoutChecksum('Dockerfile.dockerignore').readLines()
if (!ignore[0].endsWith(' for Dockerfile.')) fail('.dockerignore header: ' + ignore[0])
if (!ignore.contains('**/target/')) fail('.dockerignore does not exclude **/target/:\n' + ignore.join('\n'))

// Those two files are all that is new in the project folder: no temporary file left, nothing in target/.
// (The invoker adds build.log, and an empty .mvn to every clone: MINVOKER-336; Maven 4 makes target/
// for any build, which must stay empty.)
File target = file('target')
if (target.isDirectory() && target.list().length > 0) fail('target/ holds: ' + target.list())
List<String> added = (basedir.list() as List)
        .findAll { !committed(it).exists() && !(it in ['build.log', '.mvn']) && !(it == 'target' && target.list().length == 0) }
        .sort()
if (added != ['Dockerfile', 'Dockerfile.dockerignore']) fail('new in the project folder: ' + added)

logHas('[INFO] Wrote Dockerfile and Dockerfile.dockerignore')
String buildLine = logLines.find { it.startsWith('[INFO] Build it (in ') }
if (buildLine == null || !buildLine.endsWith('): DOCKER_BUILDKIT=1 docker build -f Dockerfile -t output-in-project-root:1.0.0 .')) {
    fail('unexpected build command: ' + buildLine)
}
return true
