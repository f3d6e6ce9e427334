package cn.xinjiuye.portal.account.web;

import jakarta.validation.constraints.AssertTrue;

/** A form where a new password is typed twice; the check's error shows under the repeated password. */
interface PasswordTypedTwice {

    String password();

    String confirmPassword();

    @AssertTrue(message = "{validation.password.mismatch}")
    default boolean isConfirmPasswordMatching() {
        return password() == null || password().equals(confirmPassword());
    }
}
