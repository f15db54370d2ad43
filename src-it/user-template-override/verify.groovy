// Post-build check for user-template-override (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
List<String> lines = read('target/Dockerfile').readLines()
// The override's lines are in the runtime stage, the last one ...
int runtimeAt = lines.indexOf('FROM ${RUNTIME_IMAGE} AS runtime')
int builderAt = lines.indexOf('FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS build')
if (runtimeAt < 0 || builderAt < 0 || builderAt > runtimeAt) fail('stages missing or out of order')
List<String> runtime = lines.subList(runtimeAt, lines.size())
if (!runtime.contains('HEALTHCHECK NONE')) fail('the override\'s HEALTHCHECK is not in the runtime stage')
if (!runtime.contains('# Runtime stage from the project\'s own template (user-template-override).')) {
    fail('the override\'s comment is not in the runtime stage')
}
// ... and the builder stage is still the bundled one: nothing of the override leaks into it.
List<String> builder = lines.subList(builderAt, runtimeAt)
if (builder.any { it.contains('HEALTHCHECK') || it.contains('user-template-override') }) fail('override text in the builder stage')
if (builder.count { it.startsWith('RUN --mount=type=cache,target=/root/.m2/repository mvn -B -Ddockerfile-gen.skip=true') } != 1) {
    fail('the builder stage is not the bundled one:\n' + builder.join('\n'))
}
// The .dockerignore was not overridden either.
if (!withoutChecksum('target/Dockerfile.dockerignore').readLines().contains('**/target/')) fail('.dockerignore is not the bundled one')
return true
