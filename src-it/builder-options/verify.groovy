// settingsSecret, imageMirror and buildInputs from the POM (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
logHas('[INFO]   build context: config/license-header.txt (<buildInputs>)')
logHas('DOCKER_BUILDKIT=1 docker build --secret id=maven-settings,src=$HOME/.m2/settings.xml -f target/Dockerfile -t builder-options:1.0.0 .')
String ignore = read('target/Dockerfile.dockerignore')
if (!ignore.contains('!config/license-header.txt')) fail('the .dockerignore does not send config/license-header.txt:\n' + ignore)
return true
