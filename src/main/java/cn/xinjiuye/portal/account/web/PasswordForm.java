package cn.xinjiuye.portal.account.web;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

public record PasswordForm(
        @NotBlank(message = "{validation.required}") String currentPassword,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = Passwords.PATTERN, message = "{validation.password}")
        String newPassword,

        String confirmPassword) {

    @AssertTrue(message = "{validation.password.mismatch}")
    public boolean isConfirmPasswordMatching() {
        return newPassword == null || newPassword.equals(confirmPassword);
    }
}
