package cn.xinjiuye.portal.common.web;

import java.beans.PropertyEditorSupport;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Text from a request never carries a NUL character: PostgreSQL cannot store one, so it used to fail deep in a save.
 * Every binder refuses it at the door: on a form it is a field error ({@code typeMismatch.java.lang.String}) with
 * what was typed kept, on a request parameter a 400 page ({@link GlobalExceptionHandler}).
 */
@ControllerAdvice
public class TextBinding {

    @InitBinder
    void refuseNul(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new NulRefusingEditor());
    }

    /** The text as typed, unless it holds a NUL. */
    static final class NulRefusingEditor extends PropertyEditorSupport {

        @Override
        public void setAsText(String text) {
            if (text != null && text.indexOf('\0') >= 0) {
                throw new NulCharacterException();
            }
            setValue(text);
        }

        @Override
        public String getAsText() {
            Object value = getValue();
            return value == null ? "" : value.toString();
        }
    }

    /** Why a value was refused, so that the exception handler can tell it from a malformed number in the URL. */
    static final class NulCharacterException extends IllegalArgumentException {
        NulCharacterException() {
            super("text with a NUL character");
        }
    }
}
