// Quarkus 3.33 with <packaging>quarkus</packaging>, as code.quarkus.io makes it (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// The fast-jar's parts as five layers, least changing first; the prod profile's port 8180.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO] dockerfile-gen: quarkus project quarkus-app 1.0.0')
logHas('[INFO]   layout quarkus: quarkus-maven-plugin 3.33.2 builds the application')
logHas('[INFO]   Quarkus fast-jar (from Quarkus\'s default)')
logHas('[INFO]   ports [8180] (src/main/resources/application.properties %prod.quarkus.http.port)')
return true
