package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;
import org.interagency.agreements.rules.Citation;
import org.interagency.agreements.rules.Finding;
import org.interagency.agreements.rules.JsonPointer;
import org.interagency.agreements.rules.Severity;
import org.jspecify.annotations.Nullable;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The findings a rule reported at once, in report order ({@link Finding#ORDER}), as the rule keeps
 * them ({@link Columns}): each {@link Finding} is made, stamped as its collector stamps one, when
 * first read, and the same object is read from then on. An immutable list.
 *
 * <p>Why: the overlap rules report every conflicting pair of a large agreement, millions of them,
 * which they keep as two row numbers each. Made at once, the findings were 190 bytes each, and all
 * of them were alive through the garbage collector's young collections until the report was
 * dropped: most of the check's time at 2·10⁵ assignments with 1.9·10⁶ conflicts.
 */
@API(status = INTERNAL, since = "0.1")
public final class FindingRun extends AbstractList<Finding> implements RandomAccess {

    /**
     * What a rule keeps of findings it reports at once: the parts of each, by index, in report
     * order. Read by several threads at once once reported (a report is), so it changes nothing
     * visible after it is given to {@link FindingCollector#reportInOrder(Columns)}.
     */
    public interface Columns {

        /** {@return the number of findings} */
        int size();

        /**
         * {@return where finding {@code i} is}
         *
         * @param i from 0 to {@code size() - 1}
         */
        JsonPointer location(int i);

        /**
         * {@return what writes finding {@code i}'s message, as for {@link Finding#Finding(String,
         * Severity, Supplier, JsonPointer, List, String)}}
         *
         * @param i from 0 to {@code size() - 1}
         */
        Supplier<String> message(int i);

        /**
         * {@return the other places finding {@code i} involves}
         *
         * @param i from 0 to {@code size() - 1}
         */
        List<JsonPointer> related(int i);

        /**
         * {@return how to put finding {@code i} right; {@code null} if its message says it all}
         *
         * @param i from 0 to {@code size() - 1}
         */
        @Nullable String hint(int i);
    }

    private static final VarHandle MADE = MethodHandles.arrayElementVarHandle(Finding[].class);

    private final Columns columns;
    private final String ruleId;
    private final Severity severity;
    private final List<Citation> citations;
    private final @Nullable Function<? super Finding, String> fingerprints;
    // Each finding once made; a race between two first readers keeps the first one made.
    private final Finding[] made;

    FindingRun(Columns columns, String ruleId, Severity severity, List<Citation> citations,
            @Nullable Function<? super Finding, String> fingerprints) {
        this.columns = Objects.requireNonNull(columns, "columns");
        this.ruleId = ruleId;
        this.severity = severity;
        this.citations = citations;
        this.fingerprints = fingerprints;
        this.made = new Finding[columns.size()];
    }

    @Override
    public Finding get(int index) {
        Objects.checkIndex(index, made.length);
        Finding finding = (Finding) MADE.getAcquire(made, index);
        if (finding != null) {
            return finding;
        }
        Finding fresh = make(index);
        Finding witness = (Finding) MADE.compareAndExchange(made, index, (Finding) null, fresh);
        return witness == null ? fresh : witness;
    }

    @Override
    public int size() {
        return made.length;
    }

    /** Finding {@code i}, as {@link FindingCollector} makes one reported alone. */
    private Finding make(int i) {
        return FindingCollector.made(ruleId, severity, columns.message(i), columns.location(i), columns.related(i),
                columns.hint(i), citations, fingerprints);
    }
}
