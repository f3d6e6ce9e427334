package cn.xinjiuye.portal.account.web;

import jakarta.validation.constraints.NotBlank;

public record PasswordForm(
        @NotBlank(message = "{validation.required}") String currentPassword,

        @NewPassword String newPassword,

        String confirmPassword)
        implements PasswordTypedTwice {

    @Override
    public String password() {
        return newPassword;
    }
}
