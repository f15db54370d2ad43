// Post-build check for help-goal (variables: basedir, localRepositoryPath, pluginVersion).
import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

def fail = { String message -> throw new AssertionError(message) }
String log = new File(basedir, 'build.log').getText('UTF-8')
List<String> lines = log.readLines()
def logHas = { String text -> if (!log.contains(text)) fail("build.log lacks: " + text) }

// The prefix resolved to this plugin's help goal (Maven 3.9 prints the prefix, older ones the artifactId).
if (!(log =~ /--- (dockerfile-gen-maven-plugin|dockerfile-gen):\Q${pluginVersion}\E:help \(default-cli\) @ help-goal ---/)) {
    fail('the help goal of dockerfile-gen ' + pluginVersion + ' did not run')
}
logHas('BUILD SUCCESS')
logHas('This plugin has 2 goals:')
for (String goal : ['dockerfile-gen:generate', 'dockerfile-gen:help']) {
    if (!lines.contains(goal)) fail('the help does not list the goal ' + goal)
}

// -Ddetail: every parameter a user can set on generate is listed under it, with its user property
// where it has one; read-only ones (project, session, plugin) are not. The list comes from the
// installed plugin's descriptor, so a new parameter is checked too.
File jar = new File(localRepositoryPath,
        "io/github/dockerfilegen/dockerfile-gen-maven-plugin/${pluginVersion}/dockerfile-gen-maven-plugin-${pluginVersion}.jar")
def descriptor = new ZipFile(jar).withCloseable { zip ->
    new XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
}
def generate = descriptor.mojos.mojo.find { it.goal.text() == 'generate' }
def editable = generate.parameters.parameter.findAll { it.editable.text() == 'true' }.collect { it.name.text() }
def readOnly = generate.parameters.parameter.findAll { it.editable.text() != 'true' }.collect { it.name.text() }
if (!editable.containsAll(['skip', 'javaVersion', 'mainClass', 'runtime', 'ports', 'jvmOptions', 'templateDirectory',
        'outputDirectory'])) {
    fail('unexpected parameters in the descriptor: ' + editable)
}
int generateAt = lines.indexOf('dockerfile-gen:generate')
int helpAt = lines.indexOf('dockerfile-gen:help')
List<String> generateHelp = lines.subList(generateAt, helpAt > generateAt ? helpAt : lines.size())
for (String name : editable) {
    if (!generateHelp.any { it == '    ' + name || it.startsWith('    ' + name + ' (Default: ') }) {
        fail('the help of generate does not list the parameter ' + name)
    }
}
for (String name : readOnly) {
    if (generateHelp.any { it.trim() == name }) fail('the help lists the read-only parameter ' + name)
}
for (String property : ['skip', 'javaVersion', 'mainClass', 'runtime', 'ports', 'jvmOptions', 'templateDirectory',
        'outputDirectory', 'builderImage', 'runtimeImage', 'builderArgs', 'user']) {
    if (!generateHelp.contains('      User property: dockerfile-gen.' + property)) {
        fail('the help does not give the user property dockerfile-gen.' + property)
    }
}
if (!generateHelp.contains('    runtime (Default: distroless)')) fail('the help does not give the runtime default')
return true
