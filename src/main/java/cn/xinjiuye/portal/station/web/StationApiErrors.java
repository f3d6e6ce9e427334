package cn.xinjiuye.portal.station.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input to the stations API: 400 with a readable JSON body, in the request's language. */
@RestControllerAdvice(assignableTypes = StationApiController.class)
class StationApiErrors {

    private final MessageSource messages;

    StationApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    static class BadNearbyRequest extends RuntimeException {

        private final transient List<NearbyRequest.Problem> problems;

        BadNearbyRequest(List<NearbyRequest.Problem> problems) {
            super("bad nearby request: " + problems.size() + " problems");
            this.problems = problems;
        }
    }

    record ErrorBody(int status, String error, String message, Map<String, String> fields) {}

    @ExceptionHandler(BadNearbyRequest.class)
    ResponseEntity<ErrorBody> badRequest(BadNearbyRequest e, Locale locale) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (NearbyRequest.Problem p : e.problems) {
            fields.put(p.field(), messages.getMessage(p.messageKey(), p.args(), locale));
        }
        return ResponseEntity.status(HttpStatus.BAD_REQUEST)
                .body(new ErrorBody(400, "Bad Request", String.join("；", fields.values()), fields));
    }
}
