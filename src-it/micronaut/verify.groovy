// Micronaut 4.10 on micronaut-parent, as Micronaut Launch makes it (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The parent shades into the main artifact; the image runs the thin original-*.jar on a classpath
// with the dependencies in their own layer, on the port of application.yml (snakeyaml is there).
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout micronaut: micronaut-maven-plugin ')
logHas('[INFO]   main class com.example.mn.Application (from property exec.mainClass)')
logHas('[INFO]   ports [8082] (src/main/resources/application.yml micronaut.server.port)')
if (read('target/Dockerfile').contains('/build/target/micronaut-app-1.0.0.jar')) fail('the shaded jar is copied')
return true
