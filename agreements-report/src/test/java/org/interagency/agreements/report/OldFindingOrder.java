package org.interagency.agreements.report;

import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Waiver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * ORACLE: the order of pointers and of findings as it was before pointers classified their
 * tokens once, kept verbatim (each comparison classifies both tokens; findings compare through a
 * chain of key extractors), so that tests can check that the new order is the same. A copy of
 * the oracle in agreements-api's tests, which this module cannot see.
 */
final class OldFindingOrder {

    /** The old {@code JsonPointer.compareTo}. */
    static final Comparator<JsonPointer> POINTERS = OldFindingOrder::comparePointers;

    /** The old {@code Finding.ORDER}. */
    static final Comparator<Finding> FINDINGS = Comparator
            .comparing(Finding::location, POINTERS)
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message)
            .thenComparing(Finding::severity)
            .thenComparing(Finding::related, OldFindingOrder::comparePointerLists)
            .thenComparing(f -> f.hint() == null ? "" : f.hint())
            .thenComparing(f -> f.fingerprint() == null ? "" : f.fingerprint())
            .thenComparing(OldFindingOrder::waiverKey, OldFindingOrder::compareStrings)
            .thenComparing(OldFindingOrder::citationKey, OldFindingOrder::compareStrings);

    private OldFindingOrder() {
    }

    private static int comparePointers(JsonPointer a, JsonPointer b) {
        List<String> tokens = a.tokens();
        List<String> other = b.tokens();
        int n = Math.min(tokens.size(), other.size());
        for (int i = 0; i < n; i++) {
            int c = compareTokens(tokens.get(i), other.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(tokens.size(), other.size());
    }

    // Hierarchy.compare over the old pointer order.
    private static int comparePointerLists(List<JsonPointer> a, List<JsonPointer> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = comparePointers(a.get(i), b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }

    private static int compareTokens(String a, String b) {
        boolean aIndex = isIndex(a);
        boolean bIndex = isIndex(b);
        if (aIndex && bIndex) {
            int byLength = Integer.compare(a.length(), b.length());
            return byLength != 0 ? byLength : a.compareTo(b);
        }
        return a.compareTo(b);
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 1 && token.charAt(0) == '0') {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static List<String> waiverKey(Finding f) {
        Waiver waiver = f.waiver();
        if (waiver == null) {
            return List.of();
        }
        return List.of(waiver.expires().toString(), waiver.target(), waiver.agreementId(), waiver.approvedBy(),
                waiver.approved().toString(), waiver.justification());
    }

    private static List<String> citationKey(Finding f) {
        List<String> key = new ArrayList<>(f.citations().size());
        for (Citation citation : f.citations()) {
            key.add(citation.text() + " " + citation.url());
        }
        return key;
    }

    private static int compareStrings(List<String> a, List<String> b) {
        int n = Math.min(a.size(), b.size());
        for (int i = 0; i < n; i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    }
}
