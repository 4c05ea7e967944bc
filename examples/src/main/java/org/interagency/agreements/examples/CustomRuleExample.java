package org.interagency.agreements.examples;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.AgreementBuilder;
import org.interagency.agreements.ChannelKind;
import org.interagency.agreements.core.AgreementValidator;
import org.interagency.agreements.rules.Report;
import org.interagency.agreements.rules.Rule;

import java.io.PrintStream;

/**
 * Shows a user's own rule, {@link HotlineRequiredRule}, at work: found with
 * {@link java.util.ServiceLoader} like the built-in rules, reported in the same report, and
 * configured like them (here: turned off by id).
 */
public final class CustomRuleExample {

    private CustomRuleExample() {
    }

    /** Runs the example; takes no arguments. */
    public static void main(String[] args) {
        run(System.out);
    }

    static void run(PrintStream out) {
        AgreementValidator validator = AgreementValidator.builder().clock(CheckFloodMou.clock()).build();
        boolean discovered = validator.rules().stream().map(Rule::id).anyMatch(HotlineRequiredRule.ID::equals);
        out.println("Rule " + HotlineRequiredRule.ID + " discovered with ServiceLoader: " + discovered);

        Agreement withoutHotline = withoutHotline(FloodResponseMou.agreement());
        Report report = validator.validate(withoutHotline);
        out.println("The memorandum without its hotline:");
        report.findings().forEach(finding -> out.println("  " + finding));

        Report silenced = AgreementValidator.builder().clock(CheckFloodMou.clock())
                .disable(HotlineRequiredRule.ID).build().validate(withoutHotline);
        out.println("With the rule disabled: " + silenced.findings().size() + " finding(s)");
    }

    /** The agreement without any hotline channel. */
    static Agreement withoutHotline(Agreement agreement) {
        return AgreementBuilder.builder(agreement)
                .channels(agreement.channels().stream().filter(c -> c.kind() != ChannelKind.HOTLINE).toList())
                .build();
    }
}
