package cn.xinjiuye.portal.support;

import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryCountHolder;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a request runs (JPA and JdbcTemplate alike), through datasource-proxy around the pool.
 * Part of every {@link IntegrationTest} context. Use {@link #during} around one MockMvc request: MockMvc runs the
 * request on the test's thread, where the count is kept.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    @FunctionalInterface
    public interface Action {
        void run() throws Exception;
    }

    /** How many statements the action ran on this thread. */
    public static long during(Action action) throws Exception {
        QueryCountHolder.clear();
        action.run();
        long total = QueryCountHolder.getGrandTotal().getTotal();
        QueryCountHolder.clear();
        return total;
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof DataSource ds && !(bean instanceof ProxyDataSource)) {
                    return ProxyDataSourceBuilder.create(ds)
                            .name(name)
                            .countQuery()
                            .build();
                }
                return bean;
            }
        };
    }
}
