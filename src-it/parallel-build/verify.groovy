// Post-build check for parallel-build (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

logHas('Using the MultiThreadedBuilder implementation with a thread count of 4')
// Each module is built from the reactor's root, which holds its parent POM: no warning about it.
if (logLines.count { it.startsWith('[INFO]   reactor module ') && it.contains('the build context is the reactor\'s root') } != 6) {
    fail('expected the reactor line for each module in both runs')
}
if (buildLog.contains('is outside this module\'s build context')) fail('a module was warned about its parent POM')
for (String module : ['alpha', 'beta', 'gamma']) {
    if (!withoutChecksum(module + '/target/Dockerfile').contains(
            'COPY --from=build /build/' + module + '/target/' + module + '-1.0.0.jar /app/app.jar')) {
        fail(module + "'s Dockerfile does not copy its own jar")
    }
}
// Run 1 (-T 4) wrote the three modules' files; run 2 (one thread) found them byte-identical.
List<String> outcomes = logLines.findAll { it.startsWith('[INFO] Wrote ') || it.startsWith('[INFO] Up to date: ') }
List<String> expected = (['[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore'] * 3
        + ['[INFO] Up to date: target/Dockerfile and target/Dockerfile.dockerignore'] * 3)
if (outcomes != expected) fail('unexpected outcomes: ' + outcomes)
return true
