// The JDK's HTTP server (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

String warning = "[WARNING] The application serves HTTP with the JDK's own server (com.sun.net.httpserver), but no" +
        ' port is known, so the image exposes none: set <ports> (for example -Ddockerfile-gen.ports=8080).'
// Once from the sources, once from the compiled classes.
if (logLines.count { it == warning } != 2) fail('expected the warning twice, from sources and from classes:\n' + buildLog)
if (!file('target/classes/com/example/it/Pong.class').isFile()) fail('the second run did not compile')
// The first run wrote the file; the second, from the classes, found it as it would write it.
logHas('[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore')
logHas('[INFO] Up to date: target/Dockerfile and target/Dockerfile.dockerignore')
if (read('target/Dockerfile').contains('EXPOSE')) fail('no port is known, so none is exposed')
return true
