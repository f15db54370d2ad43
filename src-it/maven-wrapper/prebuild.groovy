// Runs before the build (variables: basedir): the wrapper's two files, as `mvn wrapper:wrapper` lays
// them out. Written here rather than committed: the properties name a repository URL, and this case
// only generates (e2e/run.sh builds a real wrapper project with the engine).
new File(basedir, '.mvn/wrapper').mkdirs()
new File(basedir, '.mvn/wrapper/maven-wrapper.properties').text = '''wrapperVersion=3.3.4
distributionType=only-script
distributionUrl=https://repository.example.invalid/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip
'''
File mvnw = new File(basedir, 'mvnw')
mvnw.text = '#!/bin/sh\necho "the IT never runs the wrapper" >&2\nexit 1\n'
mvnw.setExecutable(true)
return true
