package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.governance.CaseFiled;
import cn.xinjiuye.portal.governance.CaseRejected;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Credits a reported case to the reporter's branch and enterprise (found by phone), after the case is committed.
 * Both listeners are idempotent upserts, so a republished event, or a rejection that arrives before the filing is
 * credited, leaves the same row.
 */
@Component
@RequiredArgsConstructor
class CaseCreditListener {

    private final Affiliations affiliations;
    private final JdbcTemplate jdbc;

    @ApplicationModuleListener
    void on(CaseFiled filed) {
        affiliations
                .ofPhone(filed.reporterPhone())
                .ifPresent(a -> jdbc.update(
                        "insert into case_credit (case_id, branch_id, enterprise_id) values (?, ?, ?) "
                                + "on conflict (case_id) do update set branch_id = excluded.branch_id, "
                                + "enterprise_id = excluded.enterprise_id",
                        filed.caseId(),
                        a.branchId(),
                        a.enterpriseId()));
    }

    @ApplicationModuleListener
    void on(CaseRejected rejected) {
        jdbc.update(
                "insert into case_credit (case_id, rejected) values (?, true) "
                        + "on conflict (case_id) do update set rejected = true",
                rejected.caseId());
    }
}
