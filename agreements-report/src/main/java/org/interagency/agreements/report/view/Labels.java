package org.interagency.agreements.report.view;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Classification;
import org.interagency.agreements.DataSet;
import org.interagency.agreements.DataSharingProtocol;
import org.interagency.agreements.Party;

import java.util.Locale;

/** The words the views put on agencies, assignments and values, the same in every view. */
final class Labels {

    private Labels() {
    }

    /** The party's name, or the id and {@code (not a party)}. */
    static String agency(Agreement agreement, String id) {
        return agreement.party(id).map(Party::name).orElse(id + " (not a party)");
    }

    /** The role's letter, then {@code in} its jurisdiction and {@code during} its period. */
    static String assignment(Assignment assignment) {
        StringBuilder label = new StringBuilder(assignment.role().name().substring(0, 1));
        if (assignment.jurisdiction() != null) {
            label.append(" in ").append(assignment.jurisdiction());
        }
        if (assignment.period() != null) {
            label.append(" during ").append(assignment.period());
        }
        return label.toString();
    }

    /** The most sensitive classification among the protocol's data sets; public if it has none. */
    static Classification highest(DataSharingProtocol protocol) {
        Classification highest = Classification.PUBLIC;
        for (DataSet set : protocol.dataSets()) {
            if (set.classification().compareTo(highest) > 0) {
                highest = set.classification();
            }
        }
        return highest;
    }

    /** An enum constant as the document writes it: {@code FOR_OFFICIAL_USE} as {@code for-official-use}. */
    static String enumName(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
