// maven-assembly-plugin's jar-with-dependencies beside the thin jar (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout uber-jar: maven-assembly-plugin jar-with-dependencies makes target/assembly-jar-1.0.0-jar-with-dependencies.jar')
logHas('[INFO]   main class com.example.assembly.Main (from maven-assembly-plugin <archive><manifest><mainClass>)')
return true
