package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.JsonPointer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The assignments of one RACI role in one or more agreements, flattened into parallel arrays for
 * {@link OverlapSweep}: where each came from (agreement, responsibility, assignment index), its
 * agency, scope and jurisdiction nodes, and its days as epoch days, with "no period" resolved to
 * the agreement's term ({@link Terms#range}). Not thread-safe; built and used within one check.
 */
final class AssignmentTable {

    final NodeTree scopes;
    final NodeTree jurisdictions = new NodeTree();
    final List<Agreement> agreements = new ArrayList<>();
    private final StringNumbering agencyNumbers = new StringNumbering(16);
    /** The agencies' ids by their number in {@link #agency}. */
    final List<String> agencies = agencyNumbers.strings();

    int size;
    int[] agreement = new int[0];
    int[] responsibility = new int[0];
    int[] assignment = new int[0];
    int[] agency = new int[0];
    int[] scope = new int[0];
    int[] jurisdiction = new int[0];
    long[] start = new long[0];
    long[] end = new long[0];

    /** An empty table. */
    AssignmentTable() {
        this(16);
    }

    private AssignmentTable(int expectedScopes) {
        scopes = new NodeTree(expectedScopes);
    }

    /** A table of the assignments with {@code role} in {@code agreement}. */
    static AssignmentTable of(Agreement agreement, RaciRole role) {
        // About two scope nodes per responsibility (its own, and its share of the ancestors),
        // so that the scope tree need not grow while the table is built.
        AssignmentTable table = new AssignmentTable(2 * agreement.responsibilities().size());
        table.add(agreement, role);
        return table;
    }

    /** Adds the assignments with {@code role} in {@code agreement}. */
    void add(Agreement source, RaciRole role) {
        int agreementIndex = agreements.size();
        agreements.add(source);
        long[] term = Terms.range(source);
        List<Responsibility> responsibilities = source.responsibilities();
        int expected = size;
        // Room for every role's assignments: counting this role's would read each assignment
        // twice, and at 10^6 assignments each read misses the cache.
        for (Responsibility responsibilityRecord : responsibilities) {
            expected += responsibilityRecord.assignments().size();
        }
        reserve(expected);
        for (int r = 0; r < responsibilities.size(); r++) {
            Responsibility responsibilityRecord = responsibilities.get(r);
            int scopeNode = -1;
            List<Assignment> assignments = responsibilityRecord.assignments();
            for (int a = 0; a < assignments.size(); a++) {
                Assignment assignmentRecord = assignments.get(a);
                if (assignmentRecord.role() != role) {
                    continue;
                }
                if (scopeNode < 0) {
                    scopeNode = scopes.intern(responsibilityRecord.scope().segments());
                }
                Jurisdiction where = assignmentRecord.jurisdiction();
                DateRange when = assignmentRecord.period();
                grow();
                agreement[size] = agreementIndex;
                responsibility[size] = r;
                assignment[size] = a;
                agency[size] = agencyId(assignmentRecord.agencyId());
                scope[size] = scopeNode;
                jurisdiction[size] = where == null ? NodeTree.ROOT : jurisdictions.intern(where.segments());
                start[size] = when == null ? term[0] : when.start().toEpochDay();
                end[size] = when == null ? term[1] : Terms.endDay(when);
                size++;
            }
        }
    }

    /** The input of the overlap sweep. */
    OverlapSweep.Input input() {
        return new OverlapSweep.Input(size, agency, scope, jurisdiction, start, end, scopes, jurisdictions);
    }

    /** The pointer to assignment {@code i} in its agreement. */
    JsonPointer pointer(int i) {
        return JsonPointer.of("responsibilities", responsibility[i], "assignments", assignment[i]);
    }

    /** The responsibility of assignment {@code i}. */
    Responsibility responsibilityOf(int i) {
        return agreements.get(agreement[i]).responsibilities().get(responsibility[i]);
    }

    /** The assignment record of entry {@code i}. */
    Assignment assignmentOf(int i) {
        return responsibilityOf(i).assignments().get(assignment[i]);
    }

    private int agencyId(String id) {
        return agencyNumbers.number(id);
    }

    private void grow() {
        if (size == agency.length) {
            reserve(Math.max(16, size * 2));
        }
    }

    /** Makes room for {@code capacity} entries at once (growing by doubling would copy the arrays over and over). */
    private void reserve(int capacity) {
        if (capacity > agency.length) {
            agreement = Arrays.copyOf(agreement, capacity);
            responsibility = Arrays.copyOf(responsibility, capacity);
            assignment = Arrays.copyOf(assignment, capacity);
            agency = Arrays.copyOf(agency, capacity);
            scope = Arrays.copyOf(scope, capacity);
            jurisdiction = Arrays.copyOf(jurisdiction, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
        }
    }
}
