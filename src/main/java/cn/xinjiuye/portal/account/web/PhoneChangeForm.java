package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.common.Phones;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The new mobile number a worker wants to sign in with. */
public record PhoneChangeForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = Phones.REQUIRED_MOBILE, message = "{validation.phone}")
        String phone) {}
