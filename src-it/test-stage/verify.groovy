// A test stage (variables: basedir, pluginVersion): after the builder, on its output, running verify
// with the builder's arguments that do not skip tests; the image does not depend on it.
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   a test stage runs the tests (mvn verify -Pci); the image does not depend on it')
logHas('[INFO] Test it: DOCKER_BUILDKIT=1 docker build --target test -f target/Dockerfile .')
List<String> lines = withoutChecksum('target/Dockerfile').readLines()
if (!lines.contains('# Test:       DOCKER_BUILDKIT=1 docker build --target test -f target/Dockerfile .')) {
    fail('the header does not print the test command')
}
if (lines.any { it.startsWith('COPY --from=test') }) fail('a stage copies from the test stage')
return true
