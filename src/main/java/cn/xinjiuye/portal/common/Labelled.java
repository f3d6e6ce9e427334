package cn.xinjiuye.portal.common;

/**
 * A value shown to users: its label is the message {@link #messageKey()} in each language. Every enum shown on a
 * page implements it, so that a test finds them all and fails on a key missing in either language.
 */
public interface Labelled {

    String messageKey();
}
