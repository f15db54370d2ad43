// A wrapper project (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   Maven wrapper: the builder runs ./mvnw, with the Maven version .mvn/wrapper pins')
String ignore = read('target/Dockerfile.dockerignore')
if (!ignore.contains('!mvnw')) fail('the .dockerignore does not send mvnw:\n' + ignore)
return true
