package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import org.springframework.beans.NotReadablePropertyException;
import org.springframework.validation.BindingResult;

/** Puts a service's rule violation on the form field it concerns, so the form re-renders with what was typed. */
public final class Forms {

    private Forms() {}

    public static void reject(BindingResult binding, FieldRuleException e) {
        try {
            binding.rejectValue(e.field(), e.messageKey(), e.args(), e.messageKey());
        } catch (NotReadablePropertyException notOnThisForm) {
            binding.reject(e.messageKey(), e.args(), e.messageKey());
        }
    }
}
