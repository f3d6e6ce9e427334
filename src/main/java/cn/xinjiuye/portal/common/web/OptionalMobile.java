package cn.xinjiuye.portal.common.web;

import cn.xinjiuye.portal.common.Phones;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A mobile number typed into a form: blank, or the one mainland rule of {@link Phones}. */
@Pattern(regexp = Phones.OPTIONAL_MOBILE, message = "{validation.phone}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OptionalMobile {

    String message() default "{validation.phone}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
