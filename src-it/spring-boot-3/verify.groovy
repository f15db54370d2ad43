// Spring Boot 3.5 on spring-boot-starter-parent, as start.spring.io makes it (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Boot's four layers extracted with -Djarmode=tools, run as java -jar, port 8081 from ${PORT:8081};
// labels from the project's own POM only (Spring's parent sets url, scm and licenses).
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout spring-boot: spring-boot-maven-plugin 3.5.7 repackages the jar')
logHas('[INFO]   main class: the one spring-boot-maven-plugin finds, from the jar\'s Start-Class')
logHas('[INFO]   ports [8081] (src/main/resources/application.properties server.port)')
// (Maven 4's resolver warns about repository prefix files it cannot fetch here: not the plugin's.)
List<String> warnings = logLines.findAll { it.startsWith('[WARNING]') && !it.contains('/.meta/prefixes.txt') }
if (!warnings.isEmpty()) fail('unexpected warnings:\n' + warnings.join('\n'))
return true
