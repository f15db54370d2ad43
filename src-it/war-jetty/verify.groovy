// A jakarta.servlet 6.0 war on Jetty (variables: basedir, pluginVersion).
evaluate(new File(basedir, '../../../src-it/checks.groovy'))

// Jetty 12.1 with the ee10 environment; the war exploded as ROOT in the Jetty base.
sameAsExpected('target/Dockerfile', 'expected.Dockerfile')
copiedArtifactsExist('target/Dockerfile')
logHas('[INFO]   Jetty 12.1 ee10 (jetty for jakarta.servlet 6.0)')
return true
