package org.interagency.agreements.report.view;

import org.apiguardian.api.API;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

/**
 * The RACI matrix of an agreement: its responsibilities as rows, the agencies as columns (every
 * party, then any agency that is assigned work without being a party), and in each cell the
 * roles that agency holds for that work.
 *
 * <pre>{@code
 * RaciMatrix matrix = RaciMatrix.of(agreement);
 * for (RaciMatrix.Row row : matrix.rows()) {
 *     row.cells().get(0).entries();   // the first agency's roles for this responsibility
 * }
 * }</pre>
 *
 * @param title the agreement's title
 * @param agencies the columns, in the order of the parties, then of first assignment
 * @param rows one per responsibility, in the document's order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RaciMatrix(String title, List<Agency> agencies, List<Row> rows) {

    /**
     * Copies the lists.
     *
     * @param title the agreement's title
     * @param agencies the columns, in the order of the parties, then of first assignment
     * @param rows one per responsibility, in the document's order
     */
    public RaciMatrix {
        Objects.requireNonNull(title, "title");
        agencies = List.copyOf(agencies);
        rows = List.copyOf(rows);
    }

    /**
     * A column of the matrix.
     *
     * @param id the agency id
     * @param label the party's name, or the id and {@code (not a party)} for an agency that is
     *     assigned work without being a party
     * @param party whether the agency is a party to the agreement
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Agency(String id, String label, boolean party) {

        /**
         * Checks that the parts are present.
         *
         * @param id the agency id
         * @param label the party's name, or the id and {@code (not a party)} for an agency that is
         *     assigned work without being a party
         * @param party whether the agency is a party to the agreement
         */
        public Agency {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(label, "label");
        }
    }

    /**
     * One assignment in a cell.
     *
     * @param role the RACI role
     * @param label the role's letter, then its jurisdiction and period where it has them, for
     *     example {@code A in us/tx during 2026-01-01/2026-12-31}
     * @param pointer where the assignment is in the document, for example
     *     {@code /responsibilities/2/assignments/0}
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Entry(RaciRole role, String label, JsonPointer pointer) {

        /**
         * Checks that the parts are present.
         *
         * @param role the RACI role
         * @param label the role's letter, then its jurisdiction and period where it has them, for
         *     example {@code A in us/tx during 2026-01-01/2026-12-31}
         * @param pointer where the assignment is in the document, for example {@code
         *     /responsibilities/2/assignments/0}
         */
        public Entry {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(pointer, "pointer");
        }
    }

    /**
     * The roles of one agency for one responsibility.
     *
     * @param agencyId the column's agency
     * @param entries its assignments, in the document's order; empty if it has none
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Cell(String agencyId, List<Entry> entries) {

        /**
         * Copies the list.
         *
         * @param agencyId the column's agency
         * @param entries its assignments, in the document's order; empty if it has none
         */
        public Cell {
            Objects.requireNonNull(agencyId, "agencyId");
            entries = List.copyOf(entries);
        }
    }

    /**
     * A responsibility and its cells.
     *
     * @param responsibilityId the responsibility's id
     * @param scope its scope, for example {@code emergency/flood/evacuation}
     * @param pointer where it is in the document, for example {@code /responsibilities/2}
     * @param cells one per {@linkplain RaciMatrix#agencies() agency}, in the same order
     */
    @API(status = EXPERIMENTAL, since = "0.1")
    public record Row(String responsibilityId, String scope, JsonPointer pointer, List<Cell> cells) {

        /**
         * Copies the list.
         *
         * @param responsibilityId the responsibility's id
         * @param scope its scope, for example {@code emergency/flood/evacuation}
         * @param pointer where it is in the document, for example {@code /responsibilities/2}
         * @param cells one per {@linkplain RaciMatrix#agencies() agency}, in the same order
         */
        public Row {
            Objects.requireNonNull(responsibilityId, "responsibilityId");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(pointer, "pointer");
            cells = List.copyOf(cells);
        }
    }

    /**
     * The matrix of {@code agreement}.
     *
     * @param agreement the agreement
     * @return its RACI matrix
     */
    public static RaciMatrix of(Agreement agreement) {
        List<Agency> agencies = new ArrayList<>();
        for (String id : agencyIds(agreement)) {
            agencies.add(new Agency(id, Labels.agency(agreement, id), agreement.party(id).isPresent()));
        }
        List<Row> rows = new ArrayList<>();
        List<Responsibility> responsibilities = agreement.responsibilities();
        for (int r = 0; r < responsibilities.size(); r++) {
            Responsibility responsibility = responsibilities.get(r);
            JsonPointer at = JsonPointer.of("responsibilities", r);
            Map<String, List<Entry>> byAgency = new LinkedHashMap<>();
            List<Assignment> assignments = responsibility.assignments();
            for (int a = 0; a < assignments.size(); a++) {
                Assignment assignment = assignments.get(a);
                byAgency.computeIfAbsent(assignment.agencyId(), id -> new ArrayList<>()).add(new Entry(assignment.role(),
                        Labels.assignment(assignment), at.append("assignments", a)));
            }
            List<Cell> cells = new ArrayList<>(agencies.size());
            for (Agency agency : agencies) {
                cells.add(new Cell(agency.id(), byAgency.getOrDefault(agency.id(), List.of())));
            }
            rows.add(new Row(responsibility.id(), responsibility.scope().toString(), at, cells));
        }
        return new RaciMatrix(agreement.title(), agencies, rows);
    }

    private static Set<String> agencyIds(Agreement agreement) {
        Set<String> ids = new LinkedHashSet<>(agreement.partyIds());
        for (Responsibility responsibility : agreement.responsibilities()) {
            for (Assignment assignment : responsibility.assignments()) {
                ids.add(assignment.agencyId());
            }
        }
        return ids;
    }
}
