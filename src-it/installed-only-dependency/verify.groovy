// A dependency only this machine has, installed with mvn install (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

logHas('[WARNING] com.example.it:installed-lib:1.0-SNAPSHOT is in this machine\'s local repository only because it'
        + ' was installed there; the builder cannot resolve it')
logHas('Deploy it to a repository the builder reads')
// Third-party jars downloaded from a repository are not reported.
if (logLines.count { it.startsWith('[WARNING]') && it.contains('local repository only') } != 1) {
    fail('expected exactly one installed-only warning')
}
return true
