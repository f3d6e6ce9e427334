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
 * A unique constraint that two people hit at once (the services check first, so this is a race) answered like the
 * check: a {@link FieldRuleException} on the form's field, never the stale-edit page. The write must flush inside
 * {@code write} ({@code saveAndFlush}, or {@code flush()} after a change) so that the database answers there.
 */
public final class UniqueConstraints {

    private static final String UNIQUE_VIOLATION = "23505";
    private static final Pattern NAME = Pattern.compile("constraint \"([^\"]+)\"");

    private UniqueConstraints() {}

    public static <T> T refuse(Supplier<T> write, String constraint, Supplier<FieldRuleException> refusal) {
        try {
            return write.get();
        } catch (DataIntegrityViolationException e) {
            if (violated(e).filter(constraint::equals).isPresent()) {
                throw refusal.get();
            }
            throw e;
        }
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
