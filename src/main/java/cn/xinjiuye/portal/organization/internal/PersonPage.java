package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.organization.internal.PersonalDataReveal.Revealed;
import java.util.List;

/**
 * A person's page: the person, their pipeline steps, nominations and services, whether the user may ask for the full
 * ID number, and (after asking) the full values or why they were not shown.
 */
public record PersonPage(
        PersonDetail person,
        List<PipelineStep> steps,
        List<Representation> representations,
        List<MemberService> services,
        boolean mayReveal,
        Revealed revealed,
        String revealError) {

    PersonPage revealing(Revealed values) {
        return new PersonPage(person, steps, representations, services, mayReveal, values, null);
    }

    PersonPage refusing(String messageKey) {
        return new PersonPage(person, steps, representations, services, mayReveal, null, messageKey);
    }
}
