// maven-shade-plugin replacing the main artifact, no relocations (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The classpath form: original-*.jar (the thin jar shade keeps) and the dependencies in their own
// layer; never the 1 MB uber-jar as well.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout uber-jar: maven-shade-plugin makes target/shaded-jar-1.0.0.jar')
logHas('[INFO]   classpath form: target/original-shaded-jar-1.0.0.jar and its dependencies in their own layer')
if (read('target/Dockerfile').contains('/build/target/shaded-jar-1.0.0.jar')) fail('the uber-jar is copied too')
return true
