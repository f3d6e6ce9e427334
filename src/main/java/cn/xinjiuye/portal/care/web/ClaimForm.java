package cn.xinjiuye.portal.care.web;

import cn.xinjiuye.portal.care.internal.ClaimantKind;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record ClaimForm(
        @NotNull(message = "{validation.required}") ClaimantKind claimantKind,

        @NotBlank(message = "{validation.required}") @Size(max = 80, message = "{validation.size.max}")
        String claimantName,

        Long version) {}
