package org.interagency.agreements.server.internal;

import org.apiguardian.api.API;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.apiguardian.api.API.Status.INTERNAL;

/**
 * The bounded pool that validations run on: a fixed number of threads and a queue of fixed
 * length. When both are full a validation is refused at once (429) rather than queued without
 * bound: the HTTP threads only read bodies and wait, so a burst costs memory for at most
 * {@code threads + queue} documents.
 */
@API(status = INTERNAL, since = "0.1")
public final class ValidationPool implements AutoCloseable {

    private final ThreadPoolExecutor executor;

    /**
     * A pool of {@code threads} workers with room for {@code queue} waiting validations.
     *
     * @param threads the workers, at least 1
     * @param queue the waiting validations, at least 0
     */
    public ValidationPool(int threads, int queue) {
        if (threads < 1 || queue < 0) {
            throw new IllegalArgumentException("a validation pool needs at least one thread and a queue of zero or more");
        }
        BlockingQueue<Runnable> waiting = queue == 0 ? new SynchronousQueue<>() : new ArrayBlockingQueue<>(queue);
        AtomicInteger count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS, waiting, runnable -> {
            Thread thread = new Thread(runnable, "agreements-validation-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        }, new ThreadPoolExecutor.AbortPolicy());
    }

    /**
     * Runs {@code work} on the pool and waits for its result.
     *
     * @throws Problem.ProblemException with 429 if the pool and its queue are full, 503 if the pool is shut down
     */
    public <T> T run(Callable<T> work) {
        Future<T> future;
        try {
            future = executor.submit(work);
        } catch (RejectedExecutionException e) {
            if (executor.isShutdown()) {
                throw Problem.of(503, "shutting-down", "Service shutting down", "the service is shutting down").toException();
            }
            throw Problem.of(429, "busy", "Too many validations",
                    "every validation thread is busy and the queue is full; try again shortly").toException();
        }
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            future.cancel(true);
            throw Problem.of(503, "shutting-down", "Service shutting down", "the validation was interrupted").toException();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        }
    }

    /** Submits {@code work} without waiting: for tests that fill the pool. */
    public Future<?> submit(Runnable work) {
        return executor.submit(work);
    }

    /** The validations running and waiting now. */
    public int inUse() {
        return executor.getActiveCount() + executor.getQueue().size();
    }

    /** Lets the running and queued validations finish within {@code grace}, then stops the workers. */
    public void shutdown(Duration grace) {
        executor.shutdown();
        try {
            if (!executor.awaitTermination(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            executor.shutdownNow();
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(Duration.ZERO);
    }
}
