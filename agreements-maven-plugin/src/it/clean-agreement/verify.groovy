// A clean agreement: the build passed (the invoker checks that), and both reports are written.
File sarif = new File(basedir, 'target/agreements/agreements.sarif')
File junit = new File(basedir, 'target/agreements/TEST-agreements.xml')
assert sarif.isFile() : "no SARIF report at ${sarif}"
assert junit.isFile() : "no JUnit XML report at ${junit}"

def report = new groovy.json.JsonSlurper().parse(sarif)
assert report.version == '2.1.0'
assert report.runs[0].results.isEmpty() : "findings in a clean agreement: ${report.runs[0].results}"

def suites = new groovy.xml.XmlSlurper().parse(junit)
def cases = suites.'**'.findAll { it.name() == 'testcase' }
assert !cases.isEmpty() : 'no test case in the JUnit XML report'
assert cases.every { it.failure.size() == 0 && it.error.size() == 0 } : 'a failing test case in a clean agreement'
// The us-cma pack ran (named with <packs>) besides the principles of the configuration file.
assert cases.any { it.@name.text().startsWith('us-cma.') } : 'the us-cma rules did not run'
assert cases.any { it.@name.text().startsWith('roles.') } : 'the principle rules did not run'

String log = new File(basedir, 'build.log').text
assert log.contains('1 document checked') : 'the summary is not in the build log'
return true
