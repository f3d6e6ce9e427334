package cn.xinjiuye.portal.jobs.internal;

import java.lang.management.ManagementFactory;

/** This node's name in the lock table and the runs: host and process id, as the JVM reports them. */
final class Node {

    static final String NAME = ManagementFactory.getRuntimeMXBean().getName();

    private Node() {}
}
