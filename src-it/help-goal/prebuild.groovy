// Runs before the help-goal build (variables: localRepositoryPath, pluginVersion). Writes
// io/github/dockerfilegen/maven-metadata-local.xml into the IT local repository: the group metadata
// that maps the goal prefix "dockerfile-gen" to the plugin, which `mvn dockerfile-gen:help` needs.
//
// Why: maven-invoker-plugin's install goal installs the plugin through the resolver API, which adds
// no plugin-prefix metadata. Maven 3.9+ adds it on any install (PluginsMetadataGenerator in
// maven-resolver-provider); Maven 3.8 and older do not. So when the outer build runs on Maven 3.8.7,
// the prefix is unknown to the IT. This writes what Maven 3.9 would, from the installed plugin's own
// descriptor (the prefix is the plugin's goalPrefix, not a copy of it), and leaves an existing entry
// alone. Kept in this project (not a setup project) so -Dinvoker.test=help-goal works on its own.
import groovy.xml.XmlSlurper
import java.util.zip.ZipFile

String groupId = 'io.github.dockerfilegen'
String artifactId = 'dockerfile-gen-maven-plugin'
File groupDir = new File(localRepositoryPath, groupId.replace('.', '/'))
File jar = new File(groupDir, "${artifactId}/${pluginVersion}/${artifactId}-${pluginVersion}.jar")
if (!jar.isFile()) throw new IllegalStateException('the plugin is not installed in the IT repository: ' + jar)

def descriptor = new ZipFile(jar).withCloseable { zip ->
    def entry = zip.getEntry('META-INF/maven/plugin.xml')
    if (entry == null) throw new IllegalStateException('no META-INF/maven/plugin.xml in ' + jar)
    new XmlSlurper().parse(zip.getInputStream(entry))
}
String prefix = descriptor.goalPrefix.text()
String name = descriptor.name.text()
if (descriptor.groupId.text() != groupId || descriptor.artifactId.text() != artifactId || !prefix) {
    throw new IllegalStateException("unexpected descriptor: ${descriptor.groupId}:${descriptor.artifactId} prefix '${prefix}'")
}

File metadata = new File(groupDir, 'maven-metadata-local.xml')
if (metadata.isFile() && new XmlSlurper().parse(metadata).plugins.plugin.any {
    it.prefix.text() == prefix && it.artifactId.text() == artifactId
}) {
    println "Plugin prefix '${prefix}' already in ${metadata} (written by the install)"
    return true
}
if (metadata.isFile()) throw new IllegalStateException('group metadata without our plugin; not merging: ' + metadata.text)
String escapedName = name.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
metadata.setText("""<?xml version="1.0" encoding="UTF-8"?>
<metadata>
  <plugins>
    <plugin>
      <name>${escapedName}</name>
      <prefix>${prefix}</prefix>
      <artifactId>${artifactId}</artifactId>
    </plugin>
  </plugins>
</metadata>
""", 'UTF-8')
println "Wrote plugin prefix '${prefix}' -> ${groupId}:${artifactId} to ${metadata}"
return true
