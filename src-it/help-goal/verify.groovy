// Post-build check for help-goal (variables: basedir, localRepositoryPath, pluginVersion).
import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The prefix resolved to this plugin's help goal (Maven 3.9 prints the prefix, older ones the artifactId).
if (!(buildLog =~ /--- (dockerfile-gen-maven-plugin|dockerfile-gen):\Q${pluginVersion}\E:help \(default-cli\) @ help-goal ---/)) {
    fail('the help goal of dockerfile-gen ' + pluginVersion + ' did not run')
}
logHas('BUILD SUCCESS')
logHas('This plugin has 3 goals:')
for (String goal : ['dockerfile-gen:check', 'dockerfile-gen:generate', 'dockerfile-gen:help']) {
    if (!logLines.contains(goal)) fail('the help does not list the goal ' + goal)
}

// The help of one goal: from its name to the next goal's.
def helpOf = { String goal ->
    int at = logLines.indexOf('dockerfile-gen:' + goal)
    int next = logLines.findIndexOf(at + 1) { it.startsWith('dockerfile-gen:') }
    logLines.subList(at, next > at ? next : logLines.size())
}

// -Ddetail: every parameter a user can set on check and generate is listed under the goal, with its
// user property where it has one; read-only ones (project, session, plugin) are not. The lists come
// from the installed plugin's descriptor, so a new parameter is checked too.
File jar = new File(localRepositoryPath,
        "io/github/dockerfilegen/dockerfile-gen-maven-plugin/${pluginVersion}/dockerfile-gen-maven-plugin-${pluginVersion}.jar")
def descriptor = new ZipFile(jar).withCloseable { zip ->
    new XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))
}
List<String> shared = ['skip', 'layout', 'javaVersion', 'mainClass', 'runtime', 'servletContainer', 'builderImage',
        'runtimeImage', 'builderArgs', 'jvmOptions', 'ports', 'user', 'templateDirectory', 'outputDirectory',
        'buildInputs', 'builderCertificates', 'settingsSecret', 'dependencyCache', 'imageMirror']
Map<String, List<String>> userProperties = [check: shared, generate: shared + ['overwrite']]
userProperties.each { String goal, List<String> properties ->
    def mojo = descriptor.mojos.mojo.find { it.goal.text() == goal }
    def editable = mojo.parameters.parameter.findAll { it.editable.text() == 'true' }.collect { it.name.text() }
    def readOnly = mojo.parameters.parameter.findAll { it.editable.text() != 'true' }.collect { it.name.text() }
    if (!editable.containsAll(properties + ['labels', 'env'])) fail("unexpected parameters of ${goal} in the descriptor: ${editable}")
    List<String> help = helpOf(goal)
    for (String name : editable) {
        if (!help.any { it == '    ' + name || it.startsWith('    ' + name + ' (Default: ') }) {
            fail("the help of ${goal} does not list the parameter ${name}")
        }
    }
    for (String name : readOnly) {
        if (help.any { it.trim() == name }) fail("the help of ${goal} lists the read-only parameter ${name}")
    }
    for (String property : properties) {
        if (!help.contains('      User property: dockerfile-gen.' + property)) {
            fail("the help of ${goal} does not give the user property dockerfile-gen.${property}")
        }
    }
    // runtime has no fixed default (it depends on the layout); layout has one.
    if (!help.contains('    layout (Default: auto)')) fail("the help of ${goal} does not give the layout default")
}
// check only reads: it has nothing to overwrite.
if (helpOf('check').any { it.trim().startsWith('overwrite') }) fail('the help of check lists overwrite')
return true
