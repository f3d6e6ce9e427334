package cn.xinjiuye.portal.account;

/**
 * The privacy notice (个人信息保护告知) at {@code /privacy}. Its version is stored with every consent (PIPL), so that
 * it can be shown later which text a person agreed to: change {@link #VERSION} whenever the text of the notice
 * (the {@code privacy.*} messages) changes in substance.
 */
public final class PrivacyNotice {

    /** The version of the notice's current text: the day it took effect. */
    public static final String VERSION = "2026-12-01";

    private PrivacyNotice() {}
}
