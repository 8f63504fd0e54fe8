package vn.motcua.web.support;

import java.util.concurrent.Callable;

import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements Hibernate prepares on the current thread while {@link #count} runs, so that background
 * work of the application (outbox deliveries, process jobs) never adds to a request's figure. Registered for every
 * portal test through {@code hibernate.session_factory.statement_inspector}.
 */
public final class ThreadStatements implements StatementInspector {

    private static final long serialVersionUID = 1L;
    private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

    /** The number of statements {@code work} prepared on this thread. */
    public static long count(Callable<?> work) throws Exception {
        long[] counter = new long[1];
        COUNTER.set(counter);
        try {
            work.call();
            return counter[0];
        }
        finally {
            COUNTER.remove();
        }
    }

    @Override
    public String inspect(String sql) {
        long[] counter = COUNTER.get();
        if (counter != null) {
            counter[0]++;
        }
        return sql;
    }
}
