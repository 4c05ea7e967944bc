package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule about the safeguards of a data-sharing protocol that shares protected data: personal
 * data, or data classified {@code CONTROLLED} or above ({@link DataSet#needsProtection()}).
 * Each subclass names the safeguards it checks; protocols without protected data are skipped.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class ProtectedDataRule extends AbstractRule {

    /**
     * One safeguard that a protocol sharing protected data must have: when it is {@code missing},
     * the finding is at the protocol's {@code property} and says that the protocol shares its data
     * {@code without} it.
     *
     * @param property the protocol's property that holds the safeguard ({@code "retention"})
     * @param missing whether a protocol lacks the safeguard
     * @param without the end of the finding's message ({@code "with no retention limit"})
     * @param hint what to set
     */
    protected record Safeguard(String property, Predicate<DataSharingProtocol> missing, String without, String hint) {

        /** Checks that no component is null. */
        public Safeguard {
            Objects.requireNonNull(property, "property");
            Objects.requireNonNull(missing, "missing");
            Objects.requireNonNull(without, "without");
            Objects.requireNonNull(hint, "hint");
        }
    }

    private final List<Safeguard> safeguards;

    /**
     * Fixes the rule's identity and the safeguards it checks, in the order of their findings; the
     * principle is {@link Principle#INFORMATION_SHARING}.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param description what the rule checks, in one sentence
     * @param safeguards the safeguards, each a finding of its own when missing
     */
    protected ProtectedDataRule(String id, Severity defaultSeverity, String description, Safeguard... safeguards) {
        super(id, defaultSeverity, Principle.INFORMATION_SHARING, description);
        this.safeguards = List.of(safeguards);
    }

    @Override
    public final void check(Agreement agreement, RuleContext context) {
        List<DataSharingProtocol> protocols = agreement.dataSharingProtocols();
        if (SectionElementRule.notApplicableIfEmpty(protocols, "no data-sharing protocol", context)) {
            return;
        }
        if (protocols.stream().flatMap(protocol -> protocol.dataSets().stream()).noneMatch(DataSet::needsProtection)) {
            context.notApplicable("no protocol shares personal or sensitive data");
            return;
        }
        for (int i = 0; i < protocols.size(); i++) {
            int k = firstById(protocols.get(i).dataSets(), DataSet::needsProtection);
            if (k >= 0) {
                checkProtected(protocols.get(i), JsonPointer.of("dataSharingProtocols", i),
                        JsonPointer.of("dataSharingProtocols", i, "dataSets", k), context);
            }
        }
    }

    /**
     * The index of the data set with the smallest id among those that match, or -1: by id rather
     * than by place, so that the finding names the same data set however the list is ordered (and
     * keeps its fingerprint, see docs/versions.md).
     */
    static int firstById(List<DataSet> dataSets, Predicate<DataSet> matches) {
        int first = -1;
        for (int k = 0; k < dataSets.size(); k++) {
            if (matches.test(dataSets.get(k)) && (first < 0 || dataSets.get(k).id().compareTo(dataSets.get(first).id()) < 0)) {
                first = k;
            }
        }
        return first;
    }

    /**
     * Checks one protocol that shares protected data: a finding for each missing safeguard.
     *
     * @param protocol the protocol
     * @param location where the protocol is
     * @param firstProtected where its protected data set with the smallest id is, to name as a related location
     * @param context where to report
     */
    private void checkProtected(DataSharingProtocol protocol, JsonPointer location, JsonPointer firstProtected,
            RuleContext context) {
        for (Safeguard safeguard : safeguards) {
            if (safeguard.missing().test(protocol)) {
                context.report(location.append(safeguard.property()),
                        "protocol " + Messages.quote(protocol.id()) + " shares " + protectedKind(protocol)
                                + " " + safeguard.without(),
                        safeguard.hint(), List.of(firstProtected));
            }
        }
    }

    /** "personal" or the classification of the first protected data set, for messages. */
    static String protectedKind(DataSharingProtocol protocol) {
        for (DataSet dataSet : protocol.dataSets()) {
            if (dataSet.personalData()) {
                return "personal data";
            }
        }
        for (DataSet dataSet : protocol.dataSets()) {
            if (dataSet.needsProtection()) {
                return dataSet.classification().name().toLowerCase(Locale.ROOT).replace('_', '-') + " data";
            }
        }
        return "protected data";
    }
}
