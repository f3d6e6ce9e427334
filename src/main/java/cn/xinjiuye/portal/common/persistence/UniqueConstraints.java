package cn.xinjiuye.portal.common.persistence;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.hibernate.exception.ConstraintViolationException;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * A service checks a unique rule before it writes, but two people saving at once both pass that check; the
 * database's unique constraint then refuses the second write. This turns that refusal into the same field error the
 * check gives, so the loser sees the form with what they typed instead of an error page (never the stale-edit page).
 * The write must reach the database inside {@code write} ({@code saveAndFlush}, or {@code flush()} after a change).
 */
public final class UniqueConstraints {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern NAME = Pattern.compile("constraint \"([^\"]+)\"");

    private UniqueConstraints() {}

    /** Runs {@code write}; when it breaks the unique constraint {@code constraint}, throws {@code refusal} instead. */
    public static <T> T refuse(Supplier<T> write, String constraint, Supplier<FieldRuleException> refusal) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (violates(e, constraint)) {
                throw refusal.get();
            }
            throw e;
        }
    }

    /** Runs {@code write}; when it breaks {@code constraint}, throws the field error {@code field}/{@code messageKey}. */
    public static <T> T asFieldError(String constraint, String field, String messageKey, Supplier<T> write) {
        return refuse(write, constraint, () -> new FieldRuleException(field, messageKey));
    }

    /** Whether the failure, or one of its causes, is a unique violation of the constraint (or index). */
    public static boolean violates(Throwable failure, String constraint) {
        return violated(failure).filter(constraint::equalsIgnoreCase).isPresent();
    }

    /** The unique constraint the write broke, or empty when it failed for another reason. */
    public static Optional<String> violated(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException c
                    && UNIQUE_VIOLATION.equals(c.getSQLState())
                    && c.getConstraintName() != null) {
                return Optional.of(c.getConstraintName());
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                Matcher m = NAME.matcher(String.valueOf(sql.getMessage()));
                if (m.find()) {
                    return Optional.of(m.group(1));
                }
            }
        }
        return Optional.empty();
    }
}
