package cn.xinjiuye.portal.common;

/** A record that does not exist, or that the user may not know exists: shown as the 404 page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what + " not found");
    }
}
