package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.persistence.IdentifiedEntity;
import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionService;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.security.access.AccessDeniedException;

/**
 * Who sees which organization and person. Staff see their region subtree; a branch secretary (支部书记) sees only the
 * branches whose secretary account they are, and the people and meetings of those branches.
 */
public final class Scope {

    private Scope() {}

    static boolean isBranchSecretary(CurrentUser user) {
        return user.role() == Role.BRANCH_SECRETARY;
    }

    /** The account id to filter by for a branch secretary, null for region-scoped staff. */
    static Long secretaryId(CurrentUser user) {
        return isBranchSecretary(user) ? user.id() : null;
    }

    static boolean sees(CurrentUser user, PartyOrganization o) {
        if (isBranchSecretary(user)) {
            return o.getSecretaryAccountId() != null && o.getSecretaryAccountId() == user.id();
        }
        return user.covers(o.getRegion().getPath());
    }

    static void check(CurrentUser user, PartyOrganization o) {
        if (!sees(user, o)) {
            throw new AccessDeniedException(
                    "organization " + o.getId() + " is outside the scope of " + user.username());
        }
    }

    static boolean sees(CurrentUser user, Person p) {
        if (isBranchSecretary(user)) {
            return p.getBranch() != null && sees(user, p.getBranch());
        }
        return user.covers(p.getRegion().getPath());
    }

    static void check(CurrentUser user, Person p) {
        if (!sees(user, p)) {
            throw new AccessDeniedException("person " + p.getId() + " is outside the scope of " + user.username());
        }
    }

    /** Organizations and enterprises are maintained by region staff, not by branch secretaries. */
    static void checkMaintainer(CurrentUser user) {
        if (isBranchSecretary(user) || user.role() == Role.WORKER) {
            throw new AccessDeniedException(user.username() + " does not maintain organizations");
        }
    }

    /**
     * Roles that may see a full ID number or phone (after giving a reason, audited): the organization department and
     * the community secretary, in their scope. Branch secretaries and street staff see masked values only.
     */
    static boolean mayRevealPersonalData(CurrentUser user) {
        return user.role() == Role.ORG_STAFF || user.role() == Role.COMMUNITY_SECRETARY;
    }

    /** The region of a record the organization pages keep (person, organization, enterprise): in scope, else a field error. */
    static Region region(RegionService regions, String code) {
        return regions.inScope(
                code, "regionCode", "organization.error.regionUnknown", "organization.error.regionOutOfScope");
    }

    /**
     * Refuses a name that another record of the district holds. The error names nothing: the other record may lie
     * outside the user's scope.
     */
    static void refuseTakenName(
            Optional<? extends IdentifiedEntity> sameName,
            IdentifiedEntity record,
            Supplier<FieldRuleException> taken) {
        sameName.filter(other -> !other.getId().equals(record.getId())).ifPresent(other -> {
            throw taken.get();
        });
    }
}
