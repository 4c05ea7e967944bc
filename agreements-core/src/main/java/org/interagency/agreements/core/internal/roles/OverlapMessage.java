package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.Messages;
import org.interagency.agreements.rules.OrderedMessage;
import org.jspecify.annotations.Nullable;

import java.util.Arrays;
import java.util.Comparator;

/**
 * The message of an overlapping pair, written when read: {@code agencies "a" and "b" are both
 * accountable for emergency/flood in us/tx from 2026-01-01 to 2026-12-31 (responsibilities "r1"
 * and "r2")}. It names the shared scope (the narrower of the two), jurisdiction (the narrower)
 * and days (those both periods share).
 *
 * <p>Why parts: a report sorts its findings by location, then message, and an assignment in many
 * overlapping pairs is the location of many findings. Writing each message to sort them was
 * most of the cost of a finding (at 2·10⁵ assignments with 1.9·10⁶ conflicts); compared part by
 * part, two messages at one location usually differ at the second agency, and the parts before
 * it are strings the messages share.
 *
 * <p>Why ranks: even part by part, comparing messages was most of the check at 2·10⁵ assignments
 * (the sort of each location's messages, then the report's check that its findings are in
 * order). Two messages at one location compare first by the second agency's quoted id, which
 * {@link Texts} ranks once, as ints; and once {@link OrderedPairs} has sorted a location's
 * messages, each carries its {@linkplain #rank(int) rank} there, so that the report compares two of
 * them as two ints.
 */
final class OverlapMessage extends PartsMessage {

    /** What the messages of one rule's check share: the table, and texts made once each. */
    static final class Texts {

        private final AssignmentTable table;
        private final String roleFor;
        private final String wholeTerritory;
        private final String suffix;
        // Made when first needed; a race between two readers makes the same immutable string twice.
        private final String[] quotedAgencies;
        private final String[] scopeTexts;
        private final String[] jurisdictionTexts;
        // Each agency's rank among the agencies' quoted ids in text order, or null when one quoted
        // id is a prefix of another (then the text after it decides, not the id alone).
        private final int @Nullable [] agencyRanks;

        /**
         * @param role the role as the message says it ("accountable")
         * @param wholeTerritory how to say "no jurisdiction"
         * @param suffix what follows the message's last parenthesis, often nothing
         */
        Texts(AssignmentTable table, String role, String wholeTerritory, String suffix) {
            this.table = table;
            this.roleFor = " are both " + role + " for ";
            this.wholeTerritory = wholeTerritory;
            this.suffix = suffix;
            this.quotedAgencies = new String[table.agencies.size()];
            this.scopeTexts = new String[table.scopes.size()];
            this.jurisdictionTexts = new String[table.jurisdictions.size()];
            this.agencyRanks = agencyRanks();
        }

        private int @Nullable [] agencyRanks() {
            Integer[] byText = new Integer[quotedAgencies.length];
            for (int number = 0; number < byText.length; number++) {
                byText[number] = number;
                quotedAgencies[number] = Messages.quote(table.agencies.get(number));
            }
            Arrays.sort(byText, Comparator.comparing(number -> quotedAgencies[number]));
            int[] ranks = new int[byText.length];
            for (int k = 1; k < byText.length; k++) {
                String before = quotedAgencies[byText[k - 1]];
                String text = quotedAgencies[byText[k]];
                // In text order, an id that is a prefix of any other is a prefix of the next.
                if (text.startsWith(before) && !text.equals(before)) {
                    return null;
                }
                ranks[byText[k]] = ranks[byText[k - 1]] + (text.equals(before) ? 0 : 1);
            }
            return ranks;
        }

        private String agency(int row) {
            return quotedAgencies[table.agency[row]];
        }

        private String scope(int node) {
            String text = scopeTexts[node];
            if (text == null) {
                text = table.scopes.text(node);
                scopeTexts[node] = text;
            }
            return text;
        }

        private String where(int node) {
            if (node == NodeTree.ROOT) {
                return wholeTerritory;
            }
            String text = jurisdictionTexts[node];
            if (text == null) {
                text = table.jurisdictions.text(node);
                jurisdictionTexts[node] = text;
            }
            return text;
        }
    }

    /**
     * The first row of the messages at one location, which they share (one object, rather than a
     * field in each of millions of messages), and within which their ranks hold.
     */
    static final class At {
        private final Texts texts;
        private final int first;

        At(Texts texts, int first) {
            this.texts = texts;
            this.first = first;
        }
    }

    private final At at;
    private final int second;
    // The number of different texts before this one among the messages that share its At, once
    // OrderedPairs has sorted them, else -1. Written before the finding that holds this message is
    // made, so a thread that sees the finding sees it (the finding's field is final).
    private int rank = -1;

    /** The message about rows {@code first} and {@code second} of the table, in that order. */
    OverlapMessage(Texts texts, int first, int second) {
        this(new At(texts, first), second);
    }

    /** The message about rows {@code at.first} and {@code second} of the table, in that order. */
    OverlapMessage(At at, int second) {
        this.at = at;
        this.second = second;
    }

    /** The row of the finding's related location. */
    int second() {
        return second;
    }

    /**
     * Records this message's rank among the sorted messages that share its {@link At}: {@code
     * rank} different texts come before it.
     */
    void rank(int rank) {
        this.rank = rank;
    }

    /** As {@link #compareText}, the ranks aside: by the second agency's rank where it decides, then part by part. */
    int compareUnranked(OverlapMessage that) {
        Texts texts = at.texts;
        int[] ranks = texts.agencyRanks;
        if (ranks != null && texts == that.at.texts) {
            int[] agency = texts.table.agency;
            int a = agency[second];
            int b = agency[that.second];
            // The parts before the second agency are equal when the first agencies are.
            if (ranks[a] != ranks[b] && agency[at.first] == agency[that.at.first]) {
                return Integer.compare(ranks[a], ranks[b]);
            }
        }
        return super.compareText(that);
    }

    @Override
    public int compareText(OrderedMessage other) {
        OverlapMessage that = (OverlapMessage) other;
        if (rank >= 0 && that.rank >= 0 && at == that.at) {
            return Integer.compare(rank, that.rank);
        }
        return compareUnranked(that);
    }

    @Override
    int partCount() {
        return 14;
    }

    @Override
    String part(int i) {
        Texts texts = at.texts;
        int first = at.first;
        AssignmentTable table = texts.table;
        return switch (i) {
            case 0 -> "agencies ";
            case 1 -> texts.agency(first);
            case 2 -> " and ";
            case 3 -> texts.agency(second);
            case 4 -> texts.roleFor;
            case 5 -> texts.scope(deeper(table.scopes, table.scope[first], table.scope[second]));
            case 6 -> " in ";
            case 7 -> texts.where(deeper(table.jurisdictions, table.jurisdiction[first], table.jurisdiction[second]));
            case 8 -> " ";
            case 9 -> Terms.days(Math.max(table.start[first], table.start[second]), Math.min(table.end[first], table.end[second]));
            case 10 -> " (";
            case 11 -> which(table, first);
            case 12 -> ")";
            case 13 -> texts.suffix;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    private String which(AssignmentTable table, int first) {
        String firstResponsibility = table.responsibilityOf(first).id();
        if (table.agreement[first] == table.agreement[second] && table.responsibility[first] == table.responsibility[second]) {
            return "both in responsibility " + Messages.quote(firstResponsibility);
        }
        return "responsibilities " + Messages.quote(firstResponsibility) + " and "
                + Messages.quote(table.responsibilityOf(second).id());
    }

    private static int deeper(NodeTree tree, int a, int b) {
        return tree.depth(a) >= tree.depth(b) ? a : b;
    }
}
