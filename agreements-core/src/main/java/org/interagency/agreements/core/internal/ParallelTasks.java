package org.interagency.agreements.core.internal;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * Runs numbered tasks on the calling thread and a few threads of its own, for the checks that
 * split cleanly (the agreements of a portfolio, the scope subtrees of its overlap check). Each
 * thread takes the next task number until none is left, so a long task does not hold back the
 * others; a task writes its result into a slot of its own, so the results, read after
 * {@link #run} returns, do not depend on which thread ran what, or when.
 *
 * <p>Threads are started per call, not pooled: a portfolio check starts at most a few, and one
 * costs tens of microseconds, less than checking one agreement; the library then holds no
 * threads between checks and needs no shutdown.
 */
@API(status = INTERNAL, since = "0.1")
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /**
     * Runs {@code task} for each number 0 to {@code count - 1}, on at most {@code threads}
     * threads (the calling thread included), and returns when every task has run. If tasks
     * fail, the others still run, and the failure of the lowest-numbered one is thrown.
     *
     * @param count the number of tasks
     * @param threads the most threads to use, at least 1
     * @param task the task, given its number
     */
    public static void run(int count, int threads, IntConsumer task) {
        AtomicInteger next = new AtomicInteger();
        Failure failure = new Failure();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                try {
                    task.accept(i);
                } catch (RuntimeException | Error e) {
                    failure.record(i, e);
                }
            }
        };
        Thread[] helpers = new Thread[Math.max(0, Math.min(threads, count) - 1)];
        for (int t = 0; t < helpers.length; t++) {
            helpers[t] = new Thread(worker, "agreements-check-" + (t + 1));
            helpers[t].setDaemon(true);
            helpers[t].start();
        }
        worker.run();
        boolean interrupted = false;
        for (Thread helper : helpers) {
            // The helpers finish their tasks whatever happens: waiting for them is what makes
            // their results visible here (Thread.join), so an interrupt is kept for later.
            while (true) {
                try {
                    helper.join();
                    break;
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        failure.rethrow();
    }

    /** The failure of the lowest-numbered task that failed. */
    private static final class Failure {

        private int task = Integer.MAX_VALUE;
        private @Nullable Throwable thrown;

        synchronized void record(int number, Throwable e) {
            if (number < task) {
                task = number;
                thrown = e;
            }
        }

        synchronized void rethrow() {
            if (thrown instanceof RuntimeException e) {
                throw e;
            }
            if (thrown instanceof Error e) {
                throw e;
            }
        }
    }
}
