package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.inbox.Inbox;
import cn.xinjiuye.portal.inbox.Notice;
import cn.xinjiuye.portal.region.Region;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Who hears of a step in the inbox, written with the step in its transaction: an assignment and a 督办 go to the
 * staff of the department, a return, an extension request and a dissatisfied rating to the case's dispatcher — the
 * secretary of its community, who accepts and routes its cases (the street's staff when the community has none).
 */
@Component
@RequiredArgsConstructor
class CaseNotices {

    private final Inbox inbox;
    private final AccountDirectory accounts;
    private final JdbcTemplate jdbc;
    private final GovCaseRepository cases;

    /** The automatic 督办 of the daily job, whose step is written by SQL rather than through the timeline. */
    void escalated(long caseId) {
        cases.findById(caseId).ifPresent(c -> after(c, CaseAction.ESCALATE));
    }

    /** The notices of a step just recorded on the case's timeline (none for most steps). */
    void after(GovCase c, CaseAction action) {
        String link = "/cases/" + c.getId();
        switch (action) {
            case ASSIGN -> inbox.notify(departmentStaff(c), Notice.of("notice.case.assigned", link, c.getCaseNo()));
            case RETURN -> inbox.notify(dispatchers(c), Notice.of("notice.case.returned", link, c.getCaseNo()));
            case REQUEST_EXTENSION ->
                inbox.notify(
                        dispatchers(c),
                        Notice.of(
                                "notice.case.extensionRequested",
                                link,
                                c.getCaseNo(),
                                String.valueOf(c.getPendingExtensionDays())));
            case SUPERVISE, ESCALATE ->
                inbox.notify(
                        c.getDepartment() == null ? dispatchers(c) : departmentStaff(c),
                        Notice.of("notice.case.supervised", link, c.getCaseNo()));
            case RATE -> {
                if (c.getRating() == Rating.DISSATISFIED) {
                    inbox.notify(dispatchers(c), Notice.of("notice.case.dissatisfied", link, c.getCaseNo()));
                }
            }
            default -> {}
        }
    }

    private List<Long> departmentStaff(GovCase c) {
        if (c.getDepartment() == null) {
            return List.of();
        }
        return jdbc.queryForList(
                "select account_id from department_account where department_id = ? order by account_id",
                Long.class,
                c.getDepartment().getId());
    }

    private List<Long> dispatchers(GovCase c) {
        Region community = c.getCommunity();
        List<Long> secretaries = accounts.enabledIds(Role.COMMUNITY_SECRETARY, community.getId());
        if (!secretaries.isEmpty() || community.getParent() == null) {
            return secretaries;
        }
        return accounts.enabledIds(Role.STREET_STAFF, community.getParent().getId());
    }
}
