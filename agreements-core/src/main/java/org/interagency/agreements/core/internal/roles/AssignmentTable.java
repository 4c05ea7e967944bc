package org.interagency.agreements.core.internal.roles;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.DateRange;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.rules.SharedFact;
import org.interagency.agreements.rules.JsonPointer;
import org.jspecify.annotations.Nullable;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntPredicate;

/**
 * The assignments of one RACI role in one or more agreements, or of every role in one agreement,
 * flattened into parallel arrays for {@link OverlapSweep}: where each came from (agreement,
 * responsibility, assignment index), its role, agency, scope and jurisdiction nodes, and its days
 * as epoch days, with "no period" resolved to the agreement's term ({@link Terms#range}).
 *
 * <p>A table of every role ({@link #EVERY_ROLE}) is the index the roles rules share within one
 * validation ({@link SharedFact}): built once, then only read, by several rules, each taking
 * the rows of its role ({@link #rowsWith(RaciRole)}). Nothing changes such a table after it is
 * built. A table made with {@link #AssignmentTable()} grows with {@link #add}; it is built and
 * used within one check. Not thread-safe.
 */
final class AssignmentTable {

    /** Every assignment of an agreement, as the roles rules of one validation share it. */
    static final SharedFact<AssignmentTable> EVERY_ROLE =
            SharedFact.of("every assignment, by role", AssignmentTable::ofEveryRole);

    private static final int[] NO_ROWS = {};

    final NodeTree scopes;
    final NodeTree jurisdictions;
    final List<Agreement> agreements;
    private final @Nullable StringNumbering agencyNumbers;
    /** The agencies' ids by their number in {@link #agency}. */
    final List<String> agencies;
    /** Whether this is a table of every role, which rules share, and {@link #add} must not change. */
    private final boolean everyRole;
    /**
     * In a table of every role: responsibility r's scope node is {@code scopeOf[r]}, and its
     * assignments are rows {@code firstRow[r]} to {@code firstRow[r + 1] - 1}, in the order listed.
     * Empty in other tables.
     */
    final int[] scopeOf;
    final int[] firstRow;

    int size;
    int[] agreement = new int[0];
    int[] responsibility = new int[0];
    int[] assignment = new int[0];
    /**
     * Each row's role, as its {@link RaciRole#ordinal()}: bytes, not references, since a store
     * into a large array of references costs the garbage collector a card mark, and at 10^5
     * assignments and more that showed in the check's time.
     */
    byte[] role = new byte[0];
    int[] agency = new int[0];
    int[] scope = new int[0];
    int[] jurisdiction = new int[0];
    long[] start = new long[0];
    long[] end = new long[0];

    /** An empty table. */
    AssignmentTable() {
        this(0, 0);
    }

    /**
     * An empty table with room for {@code expectedRows} rows and the scopes of about {@code
     * responsibilities} responsibilities, so that one whose size is known
     * (about) before it is filled does not grow: a portfolio's table grew by half again, agreement
     * by agreement, and at 10⁷ assignments the copies were a fifth of all that a portfolio check
     * allocated.
     */
    AssignmentTable(long expectedRows, long responsibilities) {
        // About two scope nodes per responsibility, as in a table of every role.
        this(new NodeTree((int) Math.min(1L << 28, Math.max(16, 2 * responsibilities))), false, 0);
        reserve((int) Math.min(Integer.MAX_VALUE - 8L, expectedRows));
    }

    private AssignmentTable(int responsibilities) {
        // About two scope nodes per responsibility (its own, and its share of the ancestors),
        // so that the scope tree need not grow while the table is built.
        this(new NodeTree(2 * responsibilities), true, responsibilities);
    }

    private AssignmentTable(NodeTree scopes, boolean everyRole, int responsibilities) {
        this.scopes = scopes;
        this.jurisdictions = new NodeTree();
        this.agreements = new ArrayList<>();
        this.agencyNumbers = new StringNumbering(16);
        this.agencies = agencyNumbers.strings();
        this.everyRole = everyRole;
        this.scopeOf = new int[responsibilities];
        this.firstRow = new int[responsibilities + 1];
    }

    /**
     * A table of {@code source}'s rows {@code rows} (ascending), numbered 0, 1, 2… in that order,
     * with the same agreements, agencies and nodes, and trees that can no longer grow; see {@link
     * #rows(int[])}.
     */
    private AssignmentTable(AssignmentTable source, int[] rows) {
        this.scopes = source.scopes.frozen();
        this.jurisdictions = source.jurisdictions.frozen();
        this.agreements = List.copyOf(source.agreements);
        this.agencyNumbers = null;
        this.agencies = List.copyOf(source.agencies);
        this.everyRole = false;
        this.scopeOf = NO_ROWS;
        this.firstRow = NO_ROWS;
        this.size = rows.length;
        this.agreement = pick(source.agreement, rows);
        this.responsibility = pick(source.responsibility, rows);
        this.assignment = pick(source.assignment, rows);
        this.role = new byte[rows.length];
        for (int k = 0; k < rows.length; k++) {
            role[k] = source.role[rows[k]];
        }
        this.agency = pick(source.agency, rows);
        this.scope = pick(source.scope, rows);
        this.jurisdiction = pick(source.jurisdiction, rows);
        this.start = pick(source.start, rows);
        this.end = pick(source.end, rows);
    }

    /**
     * A table of only the rows {@code rows} (ascending, each at most once) of this one: row
     * {@code rows[k]} here is row {@code k} there, so rows keep their order. It shares no array
     * with this table and cannot grow.
     *
     * <p>Why: the messages of a rule's findings are written when read, from the table, so a
     * report held after its check keeps alive the table its messages name. The whole table of an
     * agreement (its columns, and the hash tables that interned its scopes and jurisdictions) is
     * several kilobytes for 100 assignments, of which its findings name a few rows: at 10⁶
     * assignments in 10⁴ agreements, such tables were 50 of the 184 bytes per assignment that a
     * held report kept.
     */
    AssignmentTable rows(int[] rows) {
        return new AssignmentTable(this, rows);
    }

    private static int[] pick(int[] column, int[] rows) {
        int[] picked = new int[rows.length];
        for (int k = 0; k < rows.length; k++) {
            picked[k] = column[rows[k]];
        }
        return picked;
    }

    private static long[] pick(long[] column, int[] rows) {
        long[] picked = new long[rows.length];
        for (int k = 0; k < rows.length; k++) {
            picked[k] = column[rows[k]];
        }
        return picked;
    }

    /**
     * A table of every assignment of {@code agreement}, of whatever role, with every
     * responsibility's scope node ({@link #scopeOf}) and rows ({@link #firstRow}).
     */
    static AssignmentTable ofEveryRole(Agreement agreement) {
        AssignmentTable table = new AssignmentTable(agreement.responsibilities().size());
        table.addRows(agreement, null, null);
        return table;
    }

    /**
     * The rows with {@code wanted}, in order; {@code null} if every row has that role (at 10^6
     * accountable assignments, a list of them all would be as large as the table's columns).
     */
    int @Nullable [] rowsWith(RaciRole wanted) {
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (hasRole(i, wanted)) {
                count++;
            }
        }
        if (count == size) {
            return null;
        }
        int[] rows = new int[count];
        int k = 0;
        for (int i = 0; i < size && k < count; i++) {
            if (hasRole(i, wanted)) {
                rows[k++] = i;
            }
        }
        return rows;
    }

    /** Whether row {@code i} has role {@code wanted}. */
    boolean hasRole(int i, RaciRole wanted) {
        return role[i] == wanted.ordinal();
    }

    /**
     * Adds the assignments with {@code role} in {@code agreement}.
     *
     * @throws IllegalStateException if this is a table of every role
     */
    void add(Agreement source, RaciRole role) {
        add(source, role, null);
    }

    /**
     * Adds the assignments with {@code role} in the responsibilities of {@code agreement} whose
     * index {@code responsibilities} accepts (all if {@code null}).
     *
     * @throws IllegalStateException if this is a table of every role
     */
    void add(Agreement source, RaciRole role, @Nullable IntPredicate responsibilities) {
        if (everyRole || agencyNumbers == null) {
            throw new IllegalStateException("only a table made empty grows: a table of every role is shared between rules,"
                    + " and a table of chosen rows is what some findings name");
        }
        addRows(source, role, responsibilities);
    }

    /**
     * Adds the assignments with {@code wanted} in {@code source}, or of every role if
     * {@code null}, of the responsibilities {@code only} accepts (all if {@code null}).
     */
    private void addRows(Agreement source, @Nullable RaciRole wanted, @Nullable IntPredicate only) {
        int agreementIndex = agreements.size();
        agreements.add(source);
        long[] term = Terms.range(source);
        List<Responsibility> responsibilities = source.responsibilities();
        int expected = size;
        // Room for every role's assignments: counting this role's would read each assignment
        // twice, and at 10^6 assignments each read misses the cache.
        for (int r = 0; r < responsibilities.size(); r++) {
            if (only == null || only.test(r)) {
                expected += responsibilities.get(r).assignments().size();
            }
        }
        reserve(expected);
        for (int r = 0; r < responsibilities.size(); r++) {
            if (only != null && !only.test(r)) {
                continue;
            }
            Responsibility responsibilityRecord = responsibilities.get(r);
            int scopeNode = -1;
            if (wanted == null) {
                // Every responsibility's scope, with assignments or not: the accountability-gap
                // rule looks up the enclosing scopes of each.
                scopeNode = scopes.intern(responsibilityRecord.scope().segments());
                scopeOf[r] = scopeNode;
                firstRow[r] = size;
            }
            List<Assignment> assignments = responsibilityRecord.assignments();
            for (int a = 0; a < assignments.size(); a++) {
                Assignment assignmentRecord = assignments.get(a);
                if (wanted != null && assignmentRecord.role() != wanted) {
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
                role[size] = (byte) assignmentRecord.role().ordinal();
                agency[size] = agencyId(assignmentRecord.agencyId());
                scope[size] = scopeNode;
                jurisdiction[size] = where == null ? NodeTree.ROOT : jurisdictions.intern(where.segments());
                start[size] = when == null ? term[0] : when.start().toEpochDay();
                end[size] = when == null ? term[1] : Terms.endDay(when);
                size++;
            }
        }
        if (wanted == null) {
            firstRow[responsibilities.size()] = size;
        }
    }

    /** The input of the overlap sweep. */
    OverlapSweep.Input input() {
        return new OverlapSweep.Input(size, agency, scope, jurisdiction, start, end, scopes, jurisdictions);
    }

    /** The pointer to assignment {@code i} in its agreement. */
    JsonPointer pointer(int i) {
        // Tokens made here, rather than boxed for JsonPointer.of: overlap findings make two per pair.
        return new JsonPointer(List.of("responsibilities", Integer.toString(responsibility[i]),
                "assignments", Integer.toString(assignment[i])));
    }

    /** The responsibility of assignment {@code i}. */
    Responsibility responsibilityOf(int i) {
        return agreements.get(agreement[i]).responsibilities().get(responsibility[i]);
    }

    private int agencyId(String id) {
        if (agencyNumbers == null) {
            throw new IllegalStateException("a table of chosen rows does not grow");
        }
        return agencyNumbers.number(id);
    }

    private void grow() {
        if (size == agency.length) {
            reserve(Math.max(16, size * 2));
        }
    }

    /**
     * Makes room for {@code capacity} entries at once (growing by doubling would copy the arrays
     * over and over), and at least half as many again as there is room for now: a portfolio's
     * table reserves agreement by agreement, and growing to the exact size each time copied the
     * arrays once per agreement (quadratic: 10^3 agreements of 100 assignments took 40 times as
     * long as 10^2).
     */
    private void reserve(int needed) {
        if (needed > agency.length) {
            int capacity = (int) Math.min(Integer.MAX_VALUE - 8L, Math.max(needed, agency.length * 3L / 2));
            agreement = Arrays.copyOf(agreement, capacity);
            responsibility = Arrays.copyOf(responsibility, capacity);
            assignment = Arrays.copyOf(assignment, capacity);
            role = Arrays.copyOf(role, capacity);
            agency = Arrays.copyOf(agency, capacity);
            scope = Arrays.copyOf(scope, capacity);
            jurisdiction = Arrays.copyOf(jurisdiction, capacity);
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
        }
    }
}
