// Vert.x 5 as its starter builds it: a -fat jar with Main-Verticle in its manifest (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Only the fat jar knows its verticle: it runs as built, with java -jar, and nothing else is copied.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   layout uber-jar: maven-shade-plugin makes target/vertx-fat-jar-1.0.0-fat.jar')
logHas('[INFO]   the uber-jar runs as built, with java -jar: its manifest adds Main-Verticle')
return true
