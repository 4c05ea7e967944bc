package org.interagency.agreements.benchmarks.rules;

import org.interagency.agreements.Agreement;
import org.interagency.agreements.Assignment;
import org.interagency.agreements.Jurisdiction;
import org.interagency.agreements.RaciRole;
import org.interagency.agreements.Responsibility;
import org.interagency.agreements.ScopePath;
import org.interagency.agreements.accountability.Accountability;
import org.interagency.agreements.accountability.AccountabilityIndex;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

/**
 * "Who is accountable here, now?" at 10^6 accountable assignments ({@link BenchmarkAgreements#largeCompact}):
 * one question to the {@link AccountabilityIndex} ({@code query}), against a scan of every
 * assignment for the same question ({@code scanBaseline}), in the same run. The questions are
 * about the portfolio's own task scopes (a level deeper, so inherited accountability counts),
 * counties and days, drawn at random; each benchmark call asks the next one.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx3g")
public class AccountabilityIndexBenchmark {

    /** A question to the index. */
    record Question(ScopePath scope, Jurisdiction jurisdiction, LocalDate day) {
    }

    @Param("1000000")
    int assignments;

    private Agreement agreement;
    private AccountabilityIndex index;
    private Question[] questions;
    private int next;

    /** Builds the agreement, its index and 4096 questions. */
    @Setup(Level.Trial)
    public void setUp() {
        agreement = BenchmarkAgreements.largeCompact(assignments);
        index = AccountabilityIndex.of(List.of(agreement));
        Random random = new Random(7);
        List<Responsibility> responsibilities = agreement.responsibilities();
        List<Question> list = new ArrayList<>();
        while (list.size() < 4096) {
            Responsibility r = responsibilities.get(random.nextInt(responsibilities.size()));
            Assignment a = r.assignments().get(random.nextInt(r.assignments().size()));
            Jurisdiction where = a.jurisdiction() == null ? Jurisdiction.of("us") : a.jurisdiction();
            LocalDate day = BenchmarkAgreements.EFFECTIVE.plusDays(random.nextInt(3 * 365));
            list.add(new Question(r.scope().child("detail"), where, day));
        }
        questions = list.toArray(Question[]::new);
    }

    /** One question to the index. */
    @Benchmark
    public Accountability query() {
        Question q = questions[next++ & (questions.length - 1)];
        return index.accountable(q.scope(), q.jurisdiction(), q.day());
    }

    /** The same question answered by a scan of every assignment: the baseline. */
    @Benchmark
    public int scanBaseline() {
        Question q = questions[next++ & (questions.length - 1)];
        int found = 0;
        for (Responsibility r : agreement.responsibilities()) {
            if (!r.scope().contains(q.scope())) {
                continue;
            }
            for (Assignment a : r.assignments()) {
                if (a.role() == RaciRole.ACCOUNTABLE
                        && (a.jurisdiction() == null || a.jurisdiction().contains(q.jurisdiction()))
                        && (a.period() == null || a.period().contains(q.day()))) {
                    found++;
                }
            }
        }
        return found;
    }
}
