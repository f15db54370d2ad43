// A Dropwizard 5 service without <args>, config.yml in its folder (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Run 1: the failure's first line, then the rest of its message (Maven prefixes those with "[ERROR] ").
String error = failure()
if (!error.contains(':generate (default-cli) on project dropwizard-needs-args: dropwizard-needs-args is a Dropwizard'
        + ' service (io.dropwizard:dropwizard-core is on the runtime classpath) and <args> is not set')) {
    fail('unexpected failure: ' + error)
}
String message = ([error] + logLines.subList(logLines.indexOf(error) + 1, logLines.size())
        .collect { it.startsWith('[ERROR] ') ? it.substring(8) : it }
        .takeWhile { !it.startsWith('-> [Help') && !it.isEmpty() }).join('\n')
List<String> snippet = [
        '<args><arg>server</arg><arg>/app/config.yml</arg></args>',
        '<extraFiles><extraFile><from>config.yml</from><into>/app/config.yml</into></extraFile></extraFiles>',
        '<writableDirectories><writableDirectory>/app/logs</writableDirectory></writableDirectories>']
for (String expected : snippet.collect { '\n  ' + it + '\n' } + [
        'Dropwizard then listens on 8090 for the application and 8091 for the admin pages, as config.yml says',
        '<ports><port>8090</port><port>8091</port></ports>',
        "'logs/app.log' (logging.appenders[1].currentLogFilename) in /app/logs"]) {
    if (!message.contains(expected)) fail('the failure lacks "' + expected + '":\n' + message)
}
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')

// Run 2: the profile `pasted` is that snippet, and with it the service gets its file, ports and folder.
List<String> pom = read('pom.xml').readLines()*.trim()
snippet.each { if (!pom.contains(it)) fail('the profile pasted does not hold the offered line ' + it) }
logHas('[INFO]   ports [8090, 8091] (config.yml server.applicationConnectors[0].port)')
if (logLines.any { it.startsWith('[WARNING]') && it.contains('config.yml') }) fail('run 2 warned about config.yml')
List<String> dockerfile = read('target/pasted/Dockerfile').readLines()
for (String line : ['COPY config.yml /app/config.yml', 'EXPOSE 8090 8091', 'CMD ["server", "/app/config.yml"]',
                    'COPY --from=build --chown=65532:65532 /build/target/container-writable/1/ /app/']) {
    if (!dockerfile.contains(line)) fail('target/pasted/Dockerfile lacks ' + line + ':\n' + dockerfile.join('\n'))
}
return true
