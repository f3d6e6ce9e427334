package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountView;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.common.web.OptionalMobile;
import cn.xinjiuye.portal.common.web.RegionCodeOrBlank;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AccountEditForm(
        @NotBlank(message = "{validation.required}") @Size(max = 40, message = "{validation.size.max}")
        String displayName,

        @OptionalMobile String phone,

        @NotNull(message = "{validation.required}") Role role,

        @RegionCodeOrBlank String regionCode,

        Long version) {

    static AccountEditForm of(AccountView account) {
        String regionCode = account.regionCode() == null ? "" : account.regionCode();
        return new AccountEditForm(
                account.displayName(), account.phone(), account.role(), regionCode, account.version());
    }
}
