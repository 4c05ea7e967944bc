package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.rules.JsonPointer;

import java.util.List;

/**
 * The pointers to the rows of an {@link AssignmentTable}, each made when first asked for, for one
 * rule's findings: an assignment in many overlapping pairs is the location or the related
 * location of each of their findings, and they all share its pointer. Read by a report's readers
 * once the check is done: two first readers on two threads each make an equal pointer (immutable,
 * with final fields), and either may be the one kept.
 */
final class RowPointers {

    /** A row's pointer, and the same as a list of related locations. */
    private record Row(JsonPointer pointer, List<JsonPointer> asRelated) {
    }

    private final AssignmentTable table;
    private final Row[] rows;

    RowPointers(AssignmentTable table) {
        this.table = table;
        this.rows = new Row[table.size];
    }

    /** The pointer to row {@code i}. */
    JsonPointer pointer(int i) {
        return row(i).pointer();
    }

    /** The pointer to row {@code i}, as the only related location of a finding. */
    List<JsonPointer> related(int i) {
        return row(i).asRelated();
    }

    private Row row(int i) {
        Row row = rows[i];
        if (row == null) {
            JsonPointer pointer = table.pointer(i);
            row = new Row(pointer, List.of(pointer));
            rows[i] = row;
        }
        return row;
    }
}
