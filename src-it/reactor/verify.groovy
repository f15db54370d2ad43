// A reactor built from its root (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The parent and the library get no Dockerfile, each with a one-line reason.
logHas('[INFO] Skipping: pom packaging has no application to put in an image.')
logHas('[INFO] Skipping: a library of the reactor (a jar with no main class and no framework launcher).')
absent(['target/Dockerfile', 'lib/target/Dockerfile', 'lib/target/Dockerfile.dockerignore'], 'for a module that is no application')
// The library was an application in the first run: the files written then are removed, being unedited.
logHas('[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore')
logHas('[INFO] Removed target/Dockerfile, written when this module was an application.')
logHas('[INFO] Removed target/Dockerfile.dockerignore, written when this module was an application.')

// Each application: the context is the root (every POM, the sources of the modules it needs, the
// shared config/), built with -pl <module> -am; the library's jar a layer of its own.
sameAsExpected('app/target/Dockerfile', 'app.expected.Dockerfile')
sameAsExpected('services/api/target/Dockerfile', 'api.expected.Dockerfile')
List<String> ignore = withoutChecksum('services/api/target/Dockerfile.dockerignore').readLines()
if (!ignore[0].contains('for services/api/target/Dockerfile.')) fail('.dockerignore header: ' + ignore[0])
for (String sent : ['!pom.xml', '!app/pom.xml', '!lib/pom.xml', '!services/api/pom.xml', '!config/', '!lib/src/', '!services/api/src/']) {
    if (!ignore.contains(sent)) fail('the .dockerignore does not send ' + sent + ':\n' + ignore.join('\n'))
}
if (ignore.contains('!app/src/')) fail('services/api does not need app/src/')
String root = basedir.canonicalPath
logHas('[INFO] Build it (in ' + root + '): DOCKER_BUILDKIT=1 docker build -f services/api/target/Dockerfile -t api:1.0-SNAPSHOT .')

// With four threads: the same files, left untouched.
if (logLines.count { it.startsWith('[INFO] Up to date: target/Dockerfile and target/Dockerfile.dockerignore') } != 2) {
    fail('the second run did not find both Dockerfiles up to date')
}
return true
