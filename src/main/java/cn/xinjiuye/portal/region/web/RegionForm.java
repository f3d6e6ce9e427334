package cn.xinjiuye.portal.region.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** What a person types to add or rename a region. The level follows from the parent. */
public record RegionForm(
        @Pattern(regexp = "^$|^[0-9]{6,15}$", message = "{region.validation.parentCode}")
        String parentCode,

        @NotBlank(message = "{validation.required}")
        @Pattern(regexp = "^[0-9]{6,15}$", message = "{region.validation.code}")
        String code,

        @NotBlank(message = "{validation.required}") @Size(max = 60, message = "{validation.size.max}")
        String name,

        Long version) {

    public static RegionForm empty(String parentCode) {
        return new RegionForm(parentCode, "", "", null);
    }
}
