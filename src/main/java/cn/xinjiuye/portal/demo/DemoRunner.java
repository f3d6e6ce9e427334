package cn.xinjiuye.portal.demo;

import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The one place that decides whether and in which order demo data is written: only in the demo profile, after
 * the administrator bootstrap (order 0), every {@link DemoLoader} by its order, each in its own transaction.
 */
@Component
@Profile("demo")
@Order(10)
class DemoRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoRunner.class);

    static final Comparator<DemoLoader> ORDER = Comparator.comparingInt(DemoLoader::order)
            .thenComparing(loader -> AopUtils.getTargetClass(loader).getName());

    private final List<DemoLoader> loaders;
    private final TransactionTemplate transaction;

    DemoRunner(List<DemoLoader> loaders, PlatformTransactionManager transactions) {
        this.loaders = loaders.stream().sorted(ORDER).toList();
        this.transaction = new TransactionTemplate(transactions);
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoLoader loader : loaders) {
            String name = AopUtils.getTargetClass(loader).getSimpleName();
            long start = System.nanoTime();
            boolean wrote = Boolean.TRUE.equals(transaction.execute(status -> {
                if (loader.loaded()) {
                    return false;
                }
                loader.load();
                return true;
            }));
            if (wrote) {
                log.info(
                        "{} (order {}) loaded in {} ms", name, loader.order(), (System.nanoTime() - start) / 1_000_000);
            } else {
                log.debug("{} (order {}) had nothing to load", name, loader.order());
            }
        }
    }
}
