package cn.xinjiuye.portal.demo;

/**
 * One set of demo data, for demo mode only (the default profile "demo", never "prod"). A loader is a Spring bean;
 * {@link DemoRunner}, active in the demo profile alone, runs every loader once at start-up, lowest {@link #order()}
 * first (loaders of the same order by class name), each in a transaction of its own: when {@link #loaded()} says
 * there is nothing to do it is skipped, else {@link #load()} writes its rows. A restart therefore finds the data
 * and leaves it as it is.
 *
 * <p>Orders in use: 10 the regions of the article and one account per role ({@link DemoData}); 20–49 each
 * feature's own demo records, which build on those; 90 and above the article's figures, generated on top of the
 * features' records.
 *
 * <pre>{@code
 * @Component
 * class CareDemoData implements DemoLoader {
 *     public int order() { return 40; }
 *     public boolean loaded() { return jdbc.queryForObject("select exists(select 1 from aid_package)", Boolean.class); }
 *     public void load() { jdbc.update("insert into aid_package ..."); }
 * }
 * }</pre>
 */
public interface DemoLoader {

    /** When this loader runs: lower first. */
    int order();

    /**
     * True when there is nothing to load: an earlier start loaded it, or the data it builds on is missing. Asked in
     * the same transaction as {@link #load()}.
     */
    boolean loaded();

    /** Writes the demo rows; a failure rolls back this loader's transaction and stops the start-up. */
    void load();
}
