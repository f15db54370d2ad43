// Runs before the build (variables: basedir): a wrapper as a Windows checkout leaves it, CRLF line
// endings in mvnw (git's core.autocrlf without a .gitattributes rule). Written here, not committed, so
// no checkout can change its line endings.
new File(basedir, '.mvn/wrapper').mkdirs()
new File(basedir, '.mvn/wrapper/maven-wrapper.properties').text =
        'wrapperVersion=3.3.4\r\ndistributionType=only-script\r\n' +
        'distributionUrl=https://repository.example.invalid/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip\r\n'
new File(basedir, 'mvnw').text = '#!/bin/sh\r\necho "the IT never runs the wrapper" >&2\r\nexit 1\r\n'
return true
