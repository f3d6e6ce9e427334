package cn.xinjiuye.portal.common;

/**
 * A business rule broken by one field of a form (a duplicate code, a wrong parent): the controller puts it
 * on that field as an error and re-renders the form with what was typed.
 */
public class FieldRuleException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final transient Object[] args;

    public FieldRuleException(String field, String messageKey, Object... args) {
        super(field + ": " + messageKey);
        this.field = field;
        this.messageKey = messageKey;
        this.args = args;
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args;
    }
}
