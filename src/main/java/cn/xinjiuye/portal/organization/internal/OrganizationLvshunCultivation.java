package cn.xinjiuye.portal.organization.internal;

import static cn.xinjiuye.portal.organization.internal.OrganizationArticleDemoData.ASSOCIATION;
import static cn.xinjiuye.portal.organization.internal.OrganizationArticleDemoData.DESHENG;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.ACTIVIST;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.APPLICANT;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.DEVELOPMENT_TARGET;
import static cn.xinjiuye.portal.organization.internal.PoliticalStatus.PROBATIONARY;

import cn.xinjiuye.portal.organization.internal.OrganizationDemoRecords.Who;
import java.time.LocalDate;
import java.util.function.Function;

/** 旅顺口区's cultivation of new members in the article's year (双向培养), through the pipeline's services. */
final class OrganizationLvshunCultivation {

    private OrganizationLvshunCultivation() {}

    /**
     * 双向培养: 赵立美 and two others on 得胜街道党工委's list of development targets; two development targets received
     * as probationary members; 12 applicants become activists; three applicants are new.
     */
    static void plan(OrganizationDemoSteps s, String staff, Function<String, LocalDate> founded) {
        LocalDate t = s.plan.today();
        String[] targets = {"赵立美", s.newName(), s.newName()};
        for (int i = 0; i < targets.length; i++) {
            Object[] firm = OrganizationArticleDemoData.FIRMS[i];
            String branch = (String) firm[4];
            s.person(
                    founded.apply(branch).plusDays(3),
                    "huangjin",
                    new Who(
                            targets[i],
                            i == 0 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1996 + i, 4 + i, 11),
                            OrganizationArticleDemoData.occupation((Industry) firm[2]),
                            (String) firm[0],
                            "210212003001",
                            branch,
                            ACTIVIST,
                            t.minusMonths(17 + i * 2),
                            true));
            s.advance(s.day(96), "huangjin", targets[i], DEVELOPMENT_TARGET, DESHENG);
        }
        for (int i = 0; i < 2; i++) {
            Object[] firm = OrganizationArticleDemoData.FIRMS[1 + i];
            String branch = (String) firm[4];
            String name = s.newName();
            s.person(
                    founded.apply(branch).plusDays(4),
                    "huangjin",
                    new Who(
                            name,
                            Gender.MALE,
                            LocalDate.of(1991 + i, 8, 8),
                            OrganizationArticleDemoData.occupation((Industry) firm[2]),
                            (String) firm[0],
                            "210212003001",
                            branch,
                            ACTIVIST,
                            t.minusMonths(30),
                            true));
            s.advance(founded.apply(branch).plusDays(4), "huangjin", name, DEVELOPMENT_TARGET, DESHENG);
            s.meeting(
                    s.day(128 - 45 * i),
                    "huangjin",
                    branch,
                    MeetingKind.MEMBER_CONGRESS,
                    false,
                    "党员大会：讨论接收" + name + "同志为预备党员",
                    s.membersOn(branch, s.day(128 - 45 * i)));
            s.advance(s.day(121 - 45 * i), "huangjin", name, PROBATIONARY, DESHENG);
        }
        for (int i = 0; i < 15; i++) {
            Object[] firm = OrganizationArticleDemoData.FIRMS[(i * 3) % OrganizationArticleDemoData.FIRMS.length];
            String branch = (String) firm[4];
            String name = s.newName();
            LocalDate applied = founded.apply(branch).plusDays(8 + i * 4);
            String actor = branch.equals(ASSOCIATION) ? staff : "huangjin";
            s.person(
                    applied,
                    actor,
                    new Who(
                            name,
                            i % 4 == 3 ? Gender.FEMALE : Gender.MALE,
                            LocalDate.of(1990 + i % 12, 1 + (i * 5) % 12, 1 + (i * 7) % 27),
                            OrganizationArticleDemoData.occupation((Industry) firm[2]),
                            (String) firm[0],
                            "210212003001",
                            branch,
                            APPLICANT,
                            applied,
                            true));
            if (i < 12) {
                LocalDate activist = applied.plusDays(63 + i * 6);
                s.advance(activist.isBefore(t) ? activist : s.yesterday(), actor, name, ACTIVIST, branch);
            }
        }
    }
}
