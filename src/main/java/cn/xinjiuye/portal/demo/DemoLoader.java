package cn.xinjiuye.portal.demo;

import org.springframework.aop.support.AopUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.annotation.OrderUtils;

/**
 * One module's part of the demo, for demo mode only (the embedded database, or the profile "demo" named; never
 * production). A loader is a Spring bean in its module's internal package; it does not write rows itself: it plans
 * steps, each a call of its module's own services as one of the demo's users would make it, on a day of the last
 * twelve months. {@link DemoRunner} collects the plans of every loader and replays all steps in the order of their
 * dates, with the portal's clock held at each step's instant, so that every record is dated, numbered and audited
 * as if it had been lived, and nothing is dated after today.
 *
 * <p>A loader names its slot of {@link DemoOrder} with Spring's {@link Order} on its class (a tie-break between steps
 * at the same instant, and the order in which plans are made): the regions and accounts first, then the features'
 * records, then the article's figures.
 *
 * <pre>{@code
 * @Component
 * @Order(DemoOrder.CARE)
 * @RequiredArgsConstructor
 * class CareDemoData implements DemoLoader {
 *     private final AidPackageService packages;
 *
 *     public void plan(DemoPlan plan) {
 *         var code = new AtomicReference<String>();
 *         plan.at(plan.daysAgo(200).atTime(9, 30), "huangjin", () -> code.set(packages.create(...)));
 *         plan.at(plan.daysAgo(198).atTime(15, 0), "zhibu", () -> packages.claim(code.get(), ...));
 *     }
 * }
 * }</pre>
 */
public interface DemoLoader {

    /**
     * Tie-break between steps at the same instant, and the order in which plans are made: lower first. The value of
     * the loader's {@link Order}; a loader without one is refused, its steps would fall anywhere.
     */
    default int order() {
        Class<?> type = AopUtils.getTargetClass(this);
        Integer order = OrderUtils.getOrder(type);
        if (order == null) {
            throw new IllegalStateException(type.getName() + " is a demo loader without @Order");
        }
        return order;
    }

    /**
     * Adds this module's steps to the plan. Called once per demo load, before any step runs: a step that needs what
     * an earlier step made keeps it in a holder (an {@code AtomicLong}, a map) filled when that step runs.
     */
    void plan(DemoPlan plan);
}
