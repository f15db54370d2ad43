// A start-up cache (variables: basedir, pluginVersion): the builder gives the image's files the epoch
// for their time, the runtime stage trains with the entrypoint's options, the entrypoint reads the archive.
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   start-up cache: a dynamic CDS archive from a training run in the runtime stage; it ends as Spring'
        + ' Boot stops once its context is refreshed.')
List<String> runtime = withoutChecksum('target/Dockerfile').readLines().dropWhile { !it.startsWith('FROM ${RUNTIME_IMAGE}') }
List<String> runs = runtime.findAll { it.startsWith('RUN ') }
if (runs.size() != 1 || !runs[0].startsWith('RUN ["java", ')) fail('the runtime stage runs something but the exec-form training run: ' + runs)
if (runtime.indexOf(runs[0]) > runtime.findLastIndexOf { it.startsWith('USER ') }) fail('the training run comes after the last USER')
return true
