package cn.xinjiuye.portal.common;

import java.util.regex.Pattern;

/**
 * The one rule for phone numbers, used by every form ({@code @OptionalMobile}, or {@code @Pattern} with these patterns), service
 * and import: a mainland mobile number is 11 digits starting 13 to 19; a landline has an area code.
 */
public final class Phones {

    /** A mainland mobile number, e.g. 13800138000. */
    public static final String MOBILE = "1[3-9]\\d{9}";

    /** A landline with its area code, e.g. 0412-5551234. */
    public static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}";

    /** A mobile number or a landline, for whole-text matching ({@code String.matches}, an Excel cell). */
    public static final String MOBILE_OR_LANDLINE = MOBILE + "|" + LANDLINE;

    /** For form fields: empty, or a mobile number. */
    public static final String OPTIONAL_MOBILE = "^$|^" + MOBILE + "$";

    /** For form fields: a mobile number. */
    public static final String REQUIRED_MOBILE = "^" + MOBILE + "$";

    /** For form fields: empty, a mobile number or a landline. */
    public static final String OPTIONAL_MOBILE_OR_LANDLINE = "^$|^(" + MOBILE + "|" + LANDLINE + ")$";

    private static final Pattern MOBILE_PATTERN = Pattern.compile(MOBILE);
    private static final Pattern MOBILE_OR_LANDLINE_PATTERN = Pattern.compile(MOBILE_OR_LANDLINE);

    private Phones() {}

    public static boolean isMobile(String phone) {
        return phone != null && MOBILE_PATTERN.matcher(phone.trim()).matches();
    }

    public static boolean isMobileOrLandline(String phone) {
        return phone != null && MOBILE_OR_LANDLINE_PATTERN.matcher(phone.trim()).matches();
    }
}
