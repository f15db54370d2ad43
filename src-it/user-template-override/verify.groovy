// Post-build check for user-template-override (variables: basedir, pluginVersion).
def fail = { String message -> throw new AssertionError(message) }
def read = { String path ->
    File f = new File(basedir, path)
    if (!f.isFile()) fail("missing: " + f)
    f.getText('UTF-8')
}
def sameAsExpected = { String actualPath, String expectedPath ->
    String expected = read(expectedPath).replace('@pluginVersion@', pluginVersion)
    String actual = read(actualPath)
    if (actual != expected) {
        List<String> a = actual.split('\n', -1) as List, e = expected.split('\n', -1) as List
        int i = 0
        while (i < a.size() && i < e.size() && a[i] == e[i]) i++
        fail(actualPath + " differs from " + expectedPath + " at line " + (i + 1) + ":\n  expected: "
                + (i < e.size() ? e[i] : '<end of file>') + "\n  actual:   " + (i < a.size() ? a[i] : '<end of file>')
                + "\n--- actual file ---\n" + actual)
    }
}
String log = read('build.log')
def logHas = { String text -> if (!log.contains(text)) fail("build.log lacks: " + text) }

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
List<String> lines = read('target/Dockerfile').readLines()
// The override's lines are in the runtime stage, the last one ...
int runtimeAt = lines.indexOf('FROM ${RUNTIME_IMAGE} AS runtime')
int builderAt = lines.indexOf('FROM ${BUILDER_IMAGE} AS build')
if (runtimeAt < 0 || builderAt < 0 || builderAt > runtimeAt) fail('stages missing or out of order')
List<String> runtime = lines.subList(runtimeAt, lines.size())
if (!runtime.contains('HEALTHCHECK NONE')) fail('the override\'s HEALTHCHECK is not in the runtime stage')
if (!runtime.contains('# Runtime stage from the project\'s own template (user-template-override).')) {
    fail('the override\'s comment is not in the runtime stage')
}
// ... and the builder stage is still the bundled one: nothing of the override leaks into it.
List<String> builder = lines.subList(builderAt, runtimeAt)
if (builder.any { it.contains('HEALTHCHECK') || it.contains('user-template-override') }) fail('override text in the builder stage')
if (builder.count { it.startsWith('RUN --mount=type=cache,target=/root/.m2 mvn -B -Ddockerfile-gen.skip=true') } != 2) {
    fail('the builder stage is not the bundled one:\n' + builder.join('\n'))
}
// The .dockerignore was not overridden either.
if (!read('target/Dockerfile.dockerignore').readLines().contains('**/target/')) fail('.dockerignore is not the bundled one')
return true
