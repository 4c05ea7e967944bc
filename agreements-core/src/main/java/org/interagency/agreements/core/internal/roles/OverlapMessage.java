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
 * <p>Why parts: findings are sorted by location, then message, and an assignment in many
 * overlapping pairs is the location of many findings. Writing each message to sort them was
 * most of the cost of a finding (at 2·10⁵ assignments with 1.9·10⁶ conflicts); compared part by
 * part, two messages at one location usually differ at the second agency, and the parts before
 * it are strings the messages share.
 *
 * <p>Why ranks: even part by part, comparing messages was most of the check at 2·10⁵ assignments.
 * Two messages at one location compare first by the second agency's quoted id, which
 * {@link Texts} ranks once, as ints ({@link Texts#agencyRank(int)}): {@link OrderedPairs} orders
 * a location's pairs by that int, and compares whole messages only among pairs of one second
 * agency.
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
        // Quoted responsibility ids by row: by responsibility in a table of one agreement.
        private final String @Nullable [] quotedResponsibilities;
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
            this.quotedResponsibilities = table.agreements.size() == 1
                    ? new String[table.agreements.get(0).responsibilities().size()] : null;
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

        /**
         * The rank of row {@code row}'s agency among the agencies' quoted ids in text order, or -1
         * if the ids do not decide (one is a prefix of another): of two messages at one row, the
         * one whose second row's agency ranks lower comes first, if the ranks differ.
         */
        int agencyRank(int row) {
            return agencyRanks == null ? -1 : agencyRanks[table.agency[row]];
        }

        /** The quoted id of row {@code row}'s responsibility. */
        private String responsibility(int row) {
            if (quotedResponsibilities == null) {
                return Messages.quote(table.responsibilityOf(row).id());
            }
            String text = quotedResponsibilities[table.responsibility[row]];
            if (text == null) {
                text = Messages.quote(table.responsibilityOf(row).id());
                quotedResponsibilities[table.responsibility[row]] = text;
            }
            return text;
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

    private final Texts texts;
    private final int first;
    private final int second;

    /** The message about rows {@code first} and {@code second} of the table, in that order. */
    OverlapMessage(Texts texts, int first, int second) {
        this.texts = texts;
        this.first = first;
        this.second = second;
    }

    /** The row of the finding's location. */
    int first() {
        return first;
    }

    /** The row of the finding's related location. */
    int second() {
        return second;
    }

    /** By the second agency's rank where it decides, then part by part, as the texts compare. */
    @Override
    public int compareText(OrderedMessage other) {
        OverlapMessage that = (OverlapMessage) other;
        int[] ranks = texts.agencyRanks;
        if (ranks != null && texts == that.texts) {
            int[] agency = texts.table.agency;
            int a = agency[second];
            int b = agency[that.second];
            // The parts before the second agency are equal when the first agencies are.
            if (ranks[a] != ranks[b] && agency[first] == agency[that.first]) {
                return Integer.compare(ranks[a], ranks[b]);
            }
        }
        return super.compareText(that);
    }

    /**
     * As {@code new OverlapMessage(texts, first, a).compareText(new OverlapMessage(texts, first,
     * b))}, by sign, for two second rows whose agencies' quoted ids are equal. What follows them
     * is decided part by part from texts made once each and from numbers, without writing either
     * message; only where those do not decide (one text a prefix of the other that goes on as the
     * next part begins, a year outside 0 to 9999) are the parts compared as {@link PartsMessage}
     * does. At 2·10⁵ assignments
     * with 1.9·10⁶ conflicts, writing the days and responsibilities of each compared message was a
     * tenth of the check.
     */
    static int compareAtRow(Texts texts, int first, int a, int b) {
        AssignmentTable table = texts.table;
        // Each part is followed by one that begins with a space: " in ", " from"/" on", " (".
        int c = compareFollowed(texts.scope(deeper(table.scopes, table.scope[first], table.scope[a])),
                texts.scope(deeper(table.scopes, table.scope[first], table.scope[b])));
        if (c == 0) {
            c = compareFollowed(texts.where(deeper(table.jurisdictions, table.jurisdiction[first], table.jurisdiction[a])),
                    texts.where(deeper(table.jurisdictions, table.jurisdiction[first], table.jurisdiction[b])));
        }
        if (c == 0) {
            c = Terms.compareDays(Math.max(table.start[first], table.start[a]), Math.min(table.end[first], table.end[a]),
                    Math.max(table.start[first], table.start[b]), Math.min(table.end[first], table.end[b]));
        }
        if (c == 0) {
            boolean bothA = sameResponsibility(table, first, a);
            boolean bothB = sameResponsibility(table, first, b);
            if (bothA != bothB) {
                // "both in responsibility ..." before "responsibilities ...".
                return bothA ? -1 : 1;
            }
            if (!bothA && !sameResponsibility(table, a, b)) {
                // "responsibilities "f" and "a")" and the same with "b": the quoted ids decide,
                // then ")" and the suffix.
                c = compareFollowed(texts.responsibility(a), texts.responsibility(b), ')');
            }
        }
        return c != UNDECIDED ? c : new OverlapMessage(texts, first, a).compareText(new OverlapMessage(texts, first, b));
    }

    /** What a comparison returns when it cannot decide. */
    static final int UNDECIDED = Integer.MIN_VALUE;

    private static int compareFollowed(String x, String y) {
        return compareFollowed(x, y, ' ');
    }

    /**
     * The order of {@code x + rest} and {@code y + rest} for any {@code rest} that begins with
     * {@code next}, by sign: where one is a prefix of the other, {@code next} meets the longer's
     * next character. {@link #UNDECIDED} if that character is {@code next} too.
     */
    private static int compareFollowed(String x, String y, char next) {
        if (x == y) {
            return 0;
        }
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char p = x.charAt(i);
            char q = y.charAt(i);
            if (p != q) {
                return p < q ? -1 : 1;
            }
        }
        if (x.length() == y.length()) {
            return 0;
        }
        char longer = x.length() > n ? x.charAt(n) : y.charAt(n);
        if (longer == next) {
            return UNDECIDED;
        }
        int c = next < longer ? -1 : 1;
        return x.length() > n ? -c : c;
    }

    private static boolean sameResponsibility(AssignmentTable table, int a, int b) {
        return table.agreement[a] == table.agreement[b] && table.responsibility[a] == table.responsibility[b];
    }

    @Override
    int partCount() {
        return 14;
    }

    @Override
    String part(int i) {
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
