package cn.xinjiuye.portal.common.persistence;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.util.function.Supplier;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A service checks a unique rule before it writes, but two people saving at once both pass that check; the
 * database's unique constraint then refuses the second write. This turns that refusal into the same field error
 * the check gives, so the loser sees the form with what they typed instead of an error page.
 */
public final class UniqueConstraints {

    private UniqueConstraints() {}

    /**
     * Runs {@code write} (which must reach the database: an insert, or a save and flush); when it breaks the unique
     * constraint (or index) {@code constraint}, throws the field error {@code field}/{@code messageKey} instead.
     */
    public static <T> T asFieldError(String constraint, String field, String messageKey, Supplier<T> write) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, constraint)) {
                throw new FieldRuleException(field, messageKey);
            }
            throw e;
        }
    }

    /** Whether the failure, or one of its causes, names the constraint. */
    public static boolean violates(Throwable failure, String constraint) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c && constraint.equalsIgnoreCase(c.getConstraintName())) {
                return true;
            }
        }
        return false;
    }
}
