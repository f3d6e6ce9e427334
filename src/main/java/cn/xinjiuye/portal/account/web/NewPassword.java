package cn.xinjiuye.portal.account.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A password a form sets: required, and the rule of {@link Passwords#PATTERN} (each its own field error). */
@NotBlank(message = "{validation.required}")
@Pattern(regexp = Passwords.PATTERN, message = "{validation.password}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@interface NewPassword {

    String message() default "{validation.password}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
