// A wrapper with Windows line endings (variables: basedir, pluginVersion): refused at generate time,
// naming the file and the fix, rather than failing inside the builder with /bin/sh^M.
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

logHas('mvnw has Windows line endings (CRLF), so the builder\'s /bin/sh cannot run it. Check it out with Unix'
        + ' line endings: add "mvnw text eol=lf" and ".mvn/wrapper/maven-wrapper.properties text eol=lf" to'
        + ' .gitattributes, then run git add --renormalize . (or convert them with dos2unix).')
absent(['target/Dockerfile', 'target/Dockerfile.dockerignore'], 'although the wrapper was refused')
return true
