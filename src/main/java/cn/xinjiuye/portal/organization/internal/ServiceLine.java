package cn.xinjiuye.portal.organization.internal;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A volunteer service of a person as their page and their half-year letter list it. */
public record ServiceLine(LocalDate servedOn, String description, BigDecimal hours) {

    static ServiceLine of(MemberService s) {
        return new ServiceLine(s.getServedOn(), s.getDescription(), s.getHours());
    }
}
