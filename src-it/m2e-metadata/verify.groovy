// The plugin jar carries Eclipse m2e's lifecycle mapping, with a deliberate action for every goal a
// build binds (variables: basedir, localRepositoryPath, pluginVersion).
import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

evaluate(new File(basedir, '../../../src-it/checks.groovy'))

File jar = new File(localRepositoryPath,
        "io/github/dockerfilegen/dockerfile-gen-maven-plugin/${pluginVersion}/dockerfile-gen-maven-plugin-${pluginVersion}.jar")
def (mapping, descriptor) = new ZipFile(jar).withCloseable { zip ->
    def entry = zip.getEntry('META-INF/m2e/lifecycle-mapping-metadata.xml')
    if (entry == null) fail('the plugin jar has no META-INF/m2e/lifecycle-mapping-metadata.xml')
    [new XmlSlurper().parse(zip.getInputStream(entry)),
     new XmlSlurper().parse(zip.getInputStream(zip.getEntry('META-INF/maven/plugin.xml')))]
}

Map<String, String> actions = [:]
mapping.pluginExecutions.pluginExecution.each { execution ->
    String action = execution.action.children()[0].name()
    if (action == 'execute') {
        action += " runOnIncremental=${execution.action.execute.runOnIncremental.text()}" +
                " runOnConfiguration=${execution.action.execute.runOnConfiguration.text()}"
    }
    execution.pluginExecutionFilter.goals.goal.each { actions[it.text()] = action }
}
if (actions != [generate: 'execute runOnIncremental=false runOnConfiguration=true', check: 'ignore']) {
    fail('unexpected m2e actions: ' + actions)
}
// Every goal of the descriptor that a build binds has its action (help is only run by hand).
List<String> goals = descriptor.mojos.mojo.goal*.text().findAll { it != 'help' }
if (!actions.keySet().containsAll(goals)) fail('goals without an m2e action: ' + (goals - actions.keySet()))
return true
