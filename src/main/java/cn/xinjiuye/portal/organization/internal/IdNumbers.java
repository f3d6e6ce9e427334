package cn.xinjiuye.portal.organization.internal;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-character citizen ID number of GB 11643: 17 digits, then a check character (0-9 or X) by ISO 7064 MOD 11-2. */
public final class IdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    private IdNumbers() {}

    /** Upper-cases a trailing x and trims; null stays null. */
    public static String normalize(String id) {
        return id == null ? null : id.trim().toUpperCase();
    }

    public static boolean isValid(String id) {
        String s = normalize(id);
        if (s == null || !s.matches("\\d{17}[0-9X]")) {
            return false;
        }
        if (birthDate(s) == null) {
            return false;
        }
        return s.charAt(17) == checkCharacter(s.substring(0, 17));
    }

    public static char checkCharacter(String first17) {
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (first17.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK[sum % 11];
    }

    /** The birth date encoded in characters 7-14, or null when it is not a date. */
    public static LocalDate birthDate(String id) {
        try {
            return LocalDate.of(
                    Integer.parseInt(id.substring(6, 10)),
                    Integer.parseInt(id.substring(10, 12)),
                    Integer.parseInt(id.substring(12, 14)));
        } catch (DateTimeException | NumberFormatException | IndexOutOfBoundsException e) {
            return null;
        }
    }

    /** Completes 17 digits with their check character: for demo data and tests. */
    public static String withCheck(String first17) {
        return first17 + checkCharacter(first17);
    }
}
