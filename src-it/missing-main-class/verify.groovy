// Post-build check for missing-main-class (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// A build failure (not a crash) whose message names the project and every way to fix it.
String error = failure()
if (!(error =~ /:generate \(default-cli\) on project missing-main-class: No main class found for missing-main-class\. /)) {
    fail('unexpected failure: ' + error)
}
for (String fix : ["Set <mainClass> in the dockerfile-gen plugin's <configuration>",
                   '-Ddockerfile-gen.mainClass=com.example.Main',
                   "maven-jar-plugin's <archive><manifest><mainClass>"]) {
    if (!error.contains(fix)) fail('the failure does not name the fix "' + fix + '": ' + error)
}
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the goal failed')
return true
