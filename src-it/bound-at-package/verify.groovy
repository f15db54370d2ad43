// Post-build check for bound-at-package (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Both the jar and the Dockerfile exist, and the Dockerfile was written after the jar.
File jar = file('target/bound-at-package-1.0.0.jar')
if (!jar.isFile()) fail('the jar was not built')
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
withoutChecksum('target/Dockerfile.dockerignore')
if (file('target/Dockerfile').lastModified() < jar.lastModified()) fail('the Dockerfile is older than the jar')

// The log shows the goal at package, in the POM's execution ("default"), after maven-jar-plugin.
// Maven 3.9 prints plugin prefixes ("jar:3.5.1:jar"), older versions artifact ids.
int jarAt = logLines.findIndexOf { it =~ /--- (maven-jar-plugin|jar):3\.5\.1:jar \(default-jar\) @ bound-at-package ---/ }
int generateAt = goalStartsAt('generate', 'default')
if (jarAt < 0) fail('maven-jar-plugin did not run')
if (generateAt < 0) fail('the generate goal did not run from the POM binding')
if (generateAt < jarAt) fail('the generate goal ran before the jar was built')
logHas('[INFO] Wrote target/Dockerfile and target/Dockerfile.dockerignore')

// The plugin is bound and only this machine has it (the invoker installed it): it travels with the
// build, its jar, POM and install records copied as a Maven repository, which the ignore file sends.
String folder = 'target/dockerfile-gen/repository/io/github/dockerfilegen/dockerfile-gen-maven-plugin/' + pluginVersion + '/'
File installed = new File(localRepositoryPath, 'io/github/dockerfilegen/dockerfile-gen-maven-plugin/' + pluginVersion)
for (String name : ['dockerfile-gen-maven-plugin-' + pluginVersion + '.jar', 'dockerfile-gen-maven-plugin-' + pluginVersion + '.pom',
                    '_remote.repositories', 'maven-metadata-local.xml']) {
    if (!Arrays.equals(file(folder + name).bytes, new File(installed, name).bytes)) fail(folder + name + ' is not the installed one')
}
logHas('[INFO] Copied 4 files of the plugin from this machine\'s local repository into target/dockerfile-gen/repository, for the builder.')
logHas('[INFO]   the builder gets dockerfile-gen-maven-plugin ' + pluginVersion + ' from target/dockerfile-gen/repository')
if (!withoutChecksum('target/Dockerfile.dockerignore').readLines().contains('!target/dockerfile-gen/repository/')) {
    fail('the ignore file does not send the copied plugin')
}
return true
