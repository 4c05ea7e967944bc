// A defective agreement: the build failed (invoker.properties), the log names the finding and
// why the build failed, and both reports were still written.
String log = new File(basedir, 'build.log').text
assert log.contains('term.matching-duration') : 'the finding is not in the build log'
// Logged at error level, with its line and column in the document, and its hint.
assert log =~ /\[ERROR\]\s+9:5\s+error\s+term\.matching-duration\s+\/term\/expires/ : 'the finding is not logged as an error'
assert log =~ /\[ERROR\]\s+hint: set term\.expires no later than 2029-06-30/ : 'the hint is not logged with its finding'
assert log =~ /\[WARNING\]\s+11:7\s+warning\s+us-cma\.single-renewal/ : 'a warning below failOn is not logged as a warning'
assert log.contains('agreements:check: findings at error or above') : 'the build did not fail for the findings'

File sarif = new File(basedir, 'target/agreements/agreements.sarif')
File junit = new File(basedir, 'target/agreements/TEST-agreements.xml')
def report = new groovy.json.JsonSlurper().parse(sarif)
def rules = report.runs[0].results*.ruleId
assert rules.contains('term.matching-duration')
assert rules.contains('us-cma.federal-register-notice') : 'the pack the document claims did not run'

def suites = new groovy.xml.XmlSlurper().parse(junit)
def failed = suites.'**'.findAll { it.name() == 'testcase' && it.failure.size() > 0 }*.@name*.text()
assert failed.contains('term.matching-duration') : "failing test cases: ${failed}"
return true
