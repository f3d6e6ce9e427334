package cn.xinjiuye.portal.dashboard.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

/**
 * The threads the dashboard's figure sources run on side by side, each source's queries on a connection of its own:
 * a district's dashboard then waits for its longest source, not for the sum of all four (their aggregates are
 * independent reads). Four threads for all dashboards together, so that however many people open it, it holds at
 * most four of the pool's connections.
 */
@Component
class FigureThreads implements DisposableBean {

    /** The threads' names begin with it (the tests count their statements as the request's). */
    static final String NAME = "dashboard-figures-";

    private static final int THREADS = 4;

    private final AtomicInteger started = new AtomicInteger();
    private final ExecutorService pool = Executors.newFixedThreadPool(THREADS, task -> {
        Thread t = new Thread(task, NAME + started.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Each task's result, in the tasks' order; the first failure is thrown as it was. */
    <T> List<T> all(List<Supplier<T>> tasks) {
        List<CompletableFuture<T>> running =
                tasks.stream().map(t -> CompletableFuture.supplyAsync(t, pool)).toList();
        return running.stream().map(FigureThreads::join).toList();
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public void destroy() {
        pool.shutdownNow();
    }
}
