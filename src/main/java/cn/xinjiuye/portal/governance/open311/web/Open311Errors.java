package cn.xinjiuye.portal.governance.open311.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.governance.internal.GeoReport.Error;
import cn.xinjiuye.portal.governance.internal.Open311Exception;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.multipart.MultipartException;

/**
 * Every error of the Open311 API as GeoReport's error body in the format asked by the path's suffix:
 * {@code <errors><error><code/><description/></error></errors>} or {@code [{"code":…,"description":…}]}; a
 * failure the portal did not expect is a 500 of the same shape (and logged), never the portal's error page.
 */
@RestControllerAdvice(assignableTypes = Open311Controller.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
@RequiredArgsConstructor
class Open311Errors {

    private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

    private final MessageSource messages;

    @ExceptionHandler(Open311Exception.class)
    ResponseEntity<byte[]> open311(Open311Exception e, HttpServletRequest request) {
        return body(request, e.status(), e.getMessage());
    }

    /** A rule of the portal's services (a photo, a phone, a community): its English message, naming the field. */
    @ExceptionHandler(FieldRuleException.class)
    ResponseEntity<byte[]> rule(FieldRuleException e, HttpServletRequest request) {
        String field = "photos".equals(e.field()) ? "media" : e.field();
        return body(
                request,
                HttpStatus.BAD_REQUEST,
                field + ": " + messages.getMessage(e.messageKey(), e.args(), e.messageKey(), Locale.ENGLISH));
    }

    @ExceptionHandler(MultipartException.class)
    ResponseEntity<byte[]> multipart(MultipartException e, HttpServletRequest request) {
        return body(request, HttpStatus.BAD_REQUEST, "the multipart body cannot be read: " + e.getMessage());
    }

    @ExceptionHandler(ObjectOptimisticLockingFailureException.class)
    ResponseEntity<byte[]> conflict(ObjectOptimisticLockingFailureException e, HttpServletRequest request) {
        return body(request, HttpStatus.CONFLICT, "the request was changed at the same time; try again");
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<byte[]> unexpected(Exception e, HttpServletRequest request) {
        log.error("Open311 {} {} failed", request.getMethod(), request.getRequestURI(), e);
        return body(request, HttpStatus.INTERNAL_SERVER_ERROR, "internal error");
    }

    private static ResponseEntity<byte[]> body(HttpServletRequest request, HttpStatus status, String description) {
        String format = request.getRequestURI().endsWith(".xml") ? "xml" : "json";
        return GeoReportWriter.write(
                status, format, "errors", "error", List.of(new Error(status.value(), description)));
    }
}
