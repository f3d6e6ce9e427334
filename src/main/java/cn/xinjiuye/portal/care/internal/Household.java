package cn.xinjiuye.portal.care.internal;

/** What an aid package records of the household: its head, size, contact, difficulty and needs. */
public record Household(String head, int size, String phone, String address, Difficulty difficulty, String needs) {

    /** As stored: texts trimmed, an empty phone as none. */
    Household tidy() {
        return new Household(
                head.trim(),
                size,
                phone == null || phone.isBlank() ? null : phone.trim(),
                address.trim(),
                difficulty,
                needs.trim());
    }
}
