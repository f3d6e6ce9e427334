package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.Occupation;
import cn.xinjiuye.portal.common.Phones;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A courier, rider or driver registering with their mobile number. */
public record RegistrationForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = Phones.REQUIRED_MOBILE, message = "{validation.phone}")
        String phone,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String displayName,

        @NotNull(message = "{validation.required}") Occupation occupation,

        @NewPassword String password,

        String confirmPassword)
        implements PasswordTypedTwice {

    static RegistrationForm empty() {
        return new RegistrationForm("", "", null, "", "");
    }
}
