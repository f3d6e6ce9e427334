package cn.xinjiuye.portal.governance.open311.web;

import org.springframework.http.HttpStatus;

/** An Open311 error: its HTTP status and the description put into GeoReport's error body. */
class Open311Exception extends RuntimeException {

    private final HttpStatus status;

    Open311Exception(HttpStatus status, String description) {
        super(description);
        this.status = status;
    }

    static Open311Exception badRequest(String description) {
        return new Open311Exception(HttpStatus.BAD_REQUEST, description);
    }

    static Open311Exception forbidden() {
        return new Open311Exception(HttpStatus.FORBIDDEN, "a valid api_key is required");
    }

    HttpStatus status() {
        return status;
    }
}
