package cn.xinjiuye.portal.support;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a request runs (JPA and JdbcTemplate alike), through datasource-proxy around the pool.
 * Part of every {@link IntegrationTest} context. Use {@link #during} around one MockMvc request: MockMvc runs the
 * request on the test's thread; what the request hands to the dashboard's figure threads (FigureThreads, named
 * {@value #FIGURE_THREADS}...) counts as the request's too. Statements of other threads (a scheduled job) do not.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    static final String FIGURE_THREADS = "dashboard-figures-";

    private static final AtomicLong COUNT = new AtomicLong();
    private static volatile Thread counted;

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** How many statements the action ran on this thread and on the figure threads meanwhile. */
    public static synchronized long during(Action action) throws Exception {
        COUNT.set(0);
        counted = Thread.currentThread();
        try {
            action.run();
            return COUNT.get();
        } finally {
            counted = null;
        }
    }

    private static boolean counts(Thread thread) {
        Thread owner = counted;
        return owner != null && (thread == owner || thread.getName().startsWith(FIGURE_THREADS));
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        QueryExecutionListener counter = new QueryExecutionListener() {
            @Override
            public void beforeQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {}

            @Override
            public void afterQuery(ExecutionInfo execInfo, List<QueryInfo> queryInfoList) {
                if (counts(Thread.currentThread())) {
                    COUNT.addAndGet(queryInfoList.size());
                }
            }
        };
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name(name)
                            .listener(counter)
                            .build();
                }
                return bean;
            }
        };
    }
}
