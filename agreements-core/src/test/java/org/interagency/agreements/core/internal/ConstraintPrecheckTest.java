package org.interagency.agreements.core.internal;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.interagency.agreements.Agreement;
import org.interagency.agreements.core.internal.rules.Baseline;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The precheck must never prove valid what Hibernate Validator finds a violation in (or the
 * violation would be lost), and should prove valid whatever Hibernate Validator finds clean (or
 * it saves nothing). Checked by editing one value anywhere in a rich valid agreement to a value
 * near a constraint's edge, and comparing the two answers.
 */
class ConstraintPrecheckTest {

    private static final BeanValidation BEANS = BeanValidation.shared();

    /** Values next to the edges of the model's constraints, by the type of the value they replace. */
    private static final Map<Class<?>, List<?>> EDGES = Map.of(
            String.class, List.of("", " ", "\u2003", "\u00a0", "\t\n", "\u0000", "x", "X", "é", "a b",
                    "dhs-fema", "-fema", "fema-", "dhs--fema", "dhs_fema", "a".repeat(64), "a".repeat(65),
                    "a".repeat(500), "a".repeat(501), "a".repeat(10_001), "1.0", "12.345", "1.0.0", "v1",
                    "someone@example.gov", "not an address", "@example.gov"),
            Integer.class, List.of(-1, 0, 1, 1000),
            Period.class, List.of(Period.ZERO, Period.ofDays(-1), Period.ofDays(1), Period.ofYears(2)),
            Duration.class, List.of(Duration.ZERO, Duration.ofSeconds(-1), Duration.ofSeconds(1)),
            LocalDate.class, List.of(LocalDate.of(2000, 1, 1), LocalDate.of(2026, 6, 15), LocalDate.of(2100, 12, 31)),
            BigDecimal.class, List.of(BigDecimal.ZERO, BigDecimal.ONE.negate(), new BigDecimal("1e9")),
            List.class, List.of(List.of()));

    @Test
    void leavesNoConstraintOfAnAgreementToHibernateValidator() {
        assertThat(BEANS.delegatedFrom(Agreement.class)).isEmpty();
    }

    @Test
    void provesTheBaselineAgreementValid() {
        assertThat(BEANS.violations(Baseline.agreement())).isEmpty();
        assertThat(BEANS.provesValid(Baseline.agreement())).isTrue();
    }

    @Test
    void provesTheBaselineAgreementValidWithoutStartingHibernateValidator() {
        ConstraintPrecheck precheck = new ConstraintPrecheck(() -> {
            throw new AssertionError("Hibernate Validator was started");
        }, true);

        assertThat(precheck.provesValid(Baseline.agreement())).isTrue();
    }

    @Test
    void leavesBeansOtherThanRecordsToHibernateValidator() {
        assertThat(BEANS.provesValid(new Object())).isFalse();
    }

    @Property(tries = 1500)
    void agreesWithHibernateValidatorAfterAnyOneEdit(@ForAll("edits") Edit edit) {
        Agreement edited = edit.applyTo(Baseline.agreement());
        Assume.that(edited != null);

        boolean clean = BEANS.violations(edited).isEmpty();
        Statistics.label("Hibernate Validator").collect(clean ? "no violation" : "violations");
        assertThat(BEANS.provesValid(edited))
                .as("proved valid after %s; Hibernate Validator found %s", edit, BEANS.violations(edited))
                .isEqualTo(clean);
        Statistics.label("Hibernate Validator").coverage(coverage -> {
            coverage.check("no violation").percentage(p -> p > 10);
            coverage.check("violations").percentage(p -> p > 10);
        });
    }

    @Provide
    Arbitrary<Edit> edits() {
        return Arbitraries.integers().between(0, 1 << 16)
                .flatMap(leaf -> Arbitraries.integers().between(0, 64).map(choice -> new Edit(leaf, choice)));
    }

    /**
     * Replace the value at leaf {@code leaf} (counted depth-first over the record graph, modulo the
     * number of leaves; a list is a leaf as well as its elements) with edge value {@code choice}.
     */
    record Edit(int leaf, int choice) {

        @Nullable Agreement applyTo(Agreement agreement) {
            Walk count = new Walk(-1, 0);
            count.visit(agreement, Agreement.class);
            Walk edit = new Walk(leaf % count.position, choice);
            try {
                return (Agreement) edit.visit(agreement, Agreement.class);
            } catch (IllegalArgumentException | NullPointerException | IllegalStateException e) {
                // The constructor of a record refused the edited value (a segment of a scope path,
                // a null where a value is required): Bean Validation never sees such a value.
                return null;
            }
        }
    }

    private static final class Walk {
        private final int target;
        private final int choice;
        int position;

        Walk(int target, int choice) {
            this.target = target;
            this.choice = choice;
        }

        @Nullable Object visit(@Nullable Object value, Class<?> declared) {
            if (value instanceof Record record) {
                return visitRecord(record);
            }
            if (value instanceof List<?> list) {
                Object replaced = leaf(list, List.class);
                if (replaced != list) {
                    return replaced;
                }
                List<Object> copy = new ArrayList<>(list.size());
                boolean changed = false;
                for (Object element : list) {
                    Object edited = visit(element, element.getClass());
                    copy.add(edited);
                    changed |= edited != element;
                }
                return changed ? copy : list;
            }
            return leaf(value, declared);
        }

        private Object visitRecord(Record record) {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] arguments = new Object[components.length];
            Class<?>[] types = new Class<?>[components.length];
            boolean changed = false;
            try {
                for (int i = 0; i < components.length; i++) {
                    Object value = components[i].getAccessor().invoke(record);
                    types[i] = components[i].getType();
                    arguments[i] = visit(value, types[i].isPrimitive() ? boxed(types[i]) : types[i]);
                    changed |= arguments[i] != value;
                }
                return changed ? record.getClass().getDeclaredConstructor(types).newInstance(arguments) : record;
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof RuntimeException refused) {
                    throw refused;
                }
                throw new AssertionError(e);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }

        private @Nullable Object leaf(@Nullable Object value, Class<?> declared) {
            if (position++ != target) {
                return value;
            }
            List<?> edges = EDGES.get(declared);
            return edges == null ? value : edges.get(choice % edges.size());
        }

        private static Class<?> boxed(Class<?> primitive) {
            return primitive == int.class ? Integer.class : primitive == boolean.class ? Boolean.class : primitive;
        }
    }
}
