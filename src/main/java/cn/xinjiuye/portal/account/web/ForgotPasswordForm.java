package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.common.Phones;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** 忘记密码: the worker's mobile number (their user name). */
public record ForgotPasswordForm(
        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = Phones.REQUIRED_MOBILE, message = "{validation.phone}")
        String phone) {}
