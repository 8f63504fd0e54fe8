package vn.motcua.web.support;

import java.util.List;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;

import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * Counts the SQL statements executed on the current thread while {@link #count} runs, whoever sends them: JPA, JDBC
 * clients and the process engine all go through the portal's one {@link DataSource}, which every portal test wraps in
 * a counting proxy (datasource-proxy). Statements of other threads (outbox deliveries, process jobs) never add to a
 * request's figure. A batch counts once: it is one round trip.
 */
public final class ThreadStatements implements QueryExecutionListener {

    private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

    /** The number of statements {@code work} executed on this thread. */
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

    /** Wraps the portal's data source so that its statements are counted. */
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource
                        ? ProxyDataSourceBuilder.create(dataSource).name(beanName).listener(new ThreadStatements()).build()
                        : bean;
            }
        };
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        // counted once it has run
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        long[] counter = COUNTER.get();
        if (counter != null) {
            counter[0]++;
        }
    }
}
