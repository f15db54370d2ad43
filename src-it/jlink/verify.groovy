// A jlink runtime (variables: basedir, pluginVersion): jdeps in a modules stage, jlink in a stage of its
// own keyed on the module list, the runtime on distroless cc with java on the path.
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   jlink: a runtime of the modules jdeps finds in the application and its libraries (but jdk.compiler,'
        + ' which libraries\' compile-time code names), and jdk.crypto.ec, jdk.unsupported, jdk.zipfs, jdk.naming.dns,'
        + ' jdk.management, jdk.localedata')
List<String> stages = withoutChecksum('target/Dockerfile').readLines().findAll { it.startsWith('FROM ') }
if (stages != ['FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS build', 'FROM --platform=$BUILDPLATFORM ${BUILDER_IMAGE} AS modules',
        'FROM ${JDK_IMAGE} AS jlink', 'FROM ${RUNTIME_IMAGE} AS runtime']) {
    fail('unexpected stages: ' + stages)
}
return true
