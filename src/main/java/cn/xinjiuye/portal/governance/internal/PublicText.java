package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.common.Phones;
import java.util.regex.Pattern;

/** The rule for what a case's public text must not hold: a phone number (mobile or landline) anywhere in it. */
final class PublicText {

    private static final Pattern PHONE =
            Pattern.compile("(?<!\\d)(" + Phones.MOBILE + "|" + Phones.LANDLINE + ")(?!\\d)");

    private PublicText() {}

    static boolean hasPhone(String text) {
        return text != null && PHONE.matcher(text).find();
    }
}
