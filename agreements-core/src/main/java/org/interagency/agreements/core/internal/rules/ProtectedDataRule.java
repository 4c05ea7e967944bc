package org.interagency.agreements.core.internal.rules;

import org.apiguardian.api.API;

import org.interagency.agreements.rules.AbstractRule;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Principle;
import org.interagency.agreements.rules.RuleContext;
import org.interagency.agreements.rules.Severity;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * A rule about the safeguards of a data-sharing protocol that shares protected data: personal
 * data, or data classified {@code CONTROLLED} or above ({@link DataSet#needsProtection()}).
 * Subclasses check one safeguard; protocols without protected data are skipped.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class ProtectedDataRule extends AbstractRule {

    /**
     * Fixes the rule's identity; the principle is {@link Principle#INFORMATION_SHARING}.
     *
     * @param id the stable id
     * @param defaultSeverity the severity unless a configuration changes it
     * @param description what the rule checks, in one sentence
     */
    protected ProtectedDataRule(String id, Severity defaultSeverity, String description) {
        super(id, defaultSeverity, Principle.INFORMATION_SHARING, description);
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
     * Checks one protocol that shares protected data.
     *
     * @param protocol the protocol
     * @param location where the protocol is
     * @param firstProtected where its protected data set with the smallest id is, to name as a related location
     * @param context where to report
     */
    protected abstract void checkProtected(DataSharingProtocol protocol, JsonPointer location,
            JsonPointer firstProtected, RuleContext context);

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
