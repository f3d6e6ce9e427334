package cn.xinjiuye.portal.common.web;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A region code typed into a form: blank (none chosen) or 6 to 15 digits. */
@Pattern(regexp = "^$|^[0-9]{6,15}$", message = "{region.validation.code}")
@Constraint(validatedBy = {})
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface RegionCodeOrBlank {

    String message() default "{region.validation.code}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
