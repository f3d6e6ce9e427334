package cn.xinjiuye.portal.account.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The six-digit code sent to a number, for the request named by its token. */
public record CodeForm(
        String token,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^\\d{6}$", message = "{phonecode.validation.code}")
        String code) {

    static CodeForm of(String token) {
        return new CodeForm(token, "");
    }
}
