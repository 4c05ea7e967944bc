package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.Messages;

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
        }

        private String agency(int row) {
            int number = table.agency[row];
            String quoted = quotedAgencies[number];
            if (quoted == null) {
                quoted = Messages.quote(table.agencies.get(number));
                quotedAgencies[number] = quoted;
            }
            return quoted;
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

    /** The row of the finding's related location. */
    int second() {
        return second;
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
            case 11 -> which(table);
            case 12 -> ")";
            case 13 -> texts.suffix;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    private String which(AssignmentTable table) {
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
