package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.FindingCollector;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;

import java.time.LocalDate;
import java.util.List;

/** Runs one rule on one agreement, as the engine does, and returns its sorted findings. */
final class Check {

    private Check() {
    }

    static List<Finding> findings(Rule rule, Agreement agreement) {
        FindingCollector collector = new FindingCollector(rule.id(), rule.defaultSeverity(), LocalDate.of(2026, 6, 1));
        rule.check(agreement, collector);
        return new Report(collector.findings()).findings();
    }
}
