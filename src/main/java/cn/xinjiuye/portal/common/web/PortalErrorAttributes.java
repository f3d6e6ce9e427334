package cn.xinjiuye.portal.common.web;

import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The error pages' model without Boot's "error" reason phrase ("Forbidden"): the layout reads "error" as the key of
 * a flash message, so the phrase showed as {@code ??Forbidden_zh_CN??}. The pages take their text from the status.
 */
@Component
public class PortalErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(WebRequest webRequest, ErrorAttributeOptions options) {
        Map<String, Object> attributes = super.getErrorAttributes(webRequest, options);
        attributes.remove("error");
        return attributes;
    }
}
