package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.NotFoundException;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import lombok.RequiredArgsConstructor;
import org.hibernate.exception.JDBCConnectionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionException;
import org.springframework.validation.BindException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns failures into the portal's error pages, in the user's language and without exception text:
 * a missing record 404, refused input 400, a stale edit 409, a database that is away 503. Access denied is left to Spring Security (403).
 */
@ControllerAdvice
@RequiredArgsConstructor
public class GlobalExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GlobalExceptionHandler.class);

    private final ObjectProvider<DataSource> dataSource;

    @ExceptionHandler(NotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public ModelAndView notFound(Exception e) {
        return page("error/404", HttpStatus.NOT_FOUND);
    }

    /**
     * A value in the URL that does not read: a malformed id or filter value (a list's filter record that does not
     * bind) names no page (404); text with a NUL character is refused input (400).
     */
    @ExceptionHandler({MethodArgumentTypeMismatchException.class, BindException.class})
    public ModelAndView unreadable(Exception e) {
        boolean nul = hasNul(e)
                || (e instanceof BindException bind
                        && bind.getAllErrors().stream()
                                .anyMatch(error -> error.contains(TypeMismatchException.class)
                                        && hasNul(error.unwrap(TypeMismatchException.class))));
        return nul ? page("error/400", HttpStatus.BAD_REQUEST) : page("error/404", HttpStatus.NOT_FOUND);
    }

    private static boolean hasNul(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof TextBinding.NulCharacterException) {
                return true;
            }
        }
        return false;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    @ResponseStatus(HttpStatus.CONFLICT)
    public ModelAndView conflict(Exception e) {
        return page("error/409", HttpStatus.CONFLICT);
    }

    /**
     * A write the database refused outside a form (forms answer on the form, {@link FormFlow}): a 400 that says the
     * data could not be saved. Only a stale edit is the 409 page "someone else changed this record".
     */
    @ExceptionHandler(DataIntegrityViolationException.class)
    @ResponseStatus(HttpStatus.BAD_REQUEST)
    public ModelAndView integrity(DataIntegrityViolationException e) {
        log.info(
                "constraint violation answered with 400: {}",
                e.getMostSpecificCause().getMessage());
        return page("error/400", HttpStatus.BAD_REQUEST);
    }

    /** An upload over the container's limits: the features' own 5 MB rule is a field error, this is the last resort. */
    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    public ModelAndView tooLarge(Exception e) {
        return page("error/413", HttpStatus.PAYLOAD_TOO_LARGE);
    }

    /** A database that cannot be reached is a 503 that heals itself; any other data failure stays a 500. */
    @ExceptionHandler({DataAccessException.class, TransactionException.class, PersistenceException.class})
    public ModelAndView dataFailure(Exception e) throws Exception {
        if (!isConnectionFailure(e) && databaseReachable()) {
            throw e;
        }
        log.warn("database unavailable: {}", e.getMessage());
        return page("error/503", HttpStatus.SERVICE_UNAVAILABLE);
    }

    /** A data failure anywhere in the chain that means the database is away (also for a filter, outside MVC). */
    boolean isOutage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DataAccessException
                    || t instanceof TransactionException
                    || t instanceof PersistenceException) {
                return isConnectionFailure(e) || !databaseReachable();
            }
        }
        return false;
    }

    /** A failed rollback can hide why a query failed, so when in doubt ask the pool for a live connection. */
    private boolean databaseReachable() {
        DataSource ds = dataSource.getIfAvailable();
        if (ds == null) {
            return true;
        }
        try (Connection connection = ds.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }

    static boolean isConnectionFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof CannotCreateTransactionException
                    || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException
                    || t instanceof JDBCConnectionException) {
                return true;
            }
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
        }
        return false;
    }

    private static ModelAndView page(String view, HttpStatus status) {
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(status);
        mav.addObject("status", status.value());
        return mav;
    }
}
