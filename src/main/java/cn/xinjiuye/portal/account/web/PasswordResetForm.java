package cn.xinjiuye.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The code sent to the number and the new password, for the request named by its token. */
public record PasswordResetForm(
        String token,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^\\d{6}$", message = "{phonecode.validation.code}")
        String code,

        @NewPassword String password,

        String confirmPassword)
        implements PasswordTypedTwice {

    static PasswordResetForm of(String token) {
        return new PasswordResetForm(token, "", "", "");
    }
}
