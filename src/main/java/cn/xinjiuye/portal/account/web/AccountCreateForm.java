package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.common.web.OptionalMobile;
import cn.xinjiuye.portal.common.web.RegionCodeOrBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

public record AccountCreateForm(
        @NotBlank(message = "{validation.required}")
        @Size(min = 3, max = 40, message = "{validation.size.range}")
        @Pattern(regexp = "^[A-Za-z0-9_.-]*$", message = "{account.validation.username}")
        String username,

        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String displayName,

        @OptionalMobile String phone,

        @NotNull(message = "{validation.required}") Role role,

        @RegionCodeOrBlank String regionCode,

        @NewPassword String initialPassword) {

    static AccountCreateForm empty() {
        return new AccountCreateForm("", "", "", null, "", "");
    }
}
