// A waived ERROR finding does not fail the build (the warnings left do not reach failOn error),
// and the SARIF report marks it as accepted.
File sarif = new File(basedir, 'target/agreements/agreements.sarif')
def results = new groovy.json.JsonSlurper().parse(sarif).runs[0].results
def overlap = results.find { it.ruleId == 'roles.accountable-overlap' }
assert overlap != null : 'the waived finding is missing from the SARIF report'
assert overlap.suppressions?.size() == 1 : "the waived finding is not suppressed: ${overlap}"
assert results.any { it.ruleId == 'escalation.level-without-time-limit' && !it.suppressions }

String log = new File(basedir, 'build.log').text
assert log.contains('escalation.level-without-time-limit') : 'the warning is not in the build log'
return true
