package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.organization.internal.PersonalDataReveal.Revealed;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's page: the person, their pipeline steps, nominations and services, whether the user may ask for the full
 * ID number, and (after asking) the full values or why they were not shown.
 */
public record PersonPage(
        PersonDetail person,
        List<Step> steps,
        List<Nomination> representations,
        List<ServiceLine> services,
        boolean mayReveal,
        Revealed revealed,
        String revealError) {

    /** A step of the person's pipeline (发展党员): an advance to a status, or an extension. */
    public record Step(
            PipelineStep.Kind kind,
            PoliticalStatus toStatus,
            Integer extensionMonths,
            LocalDate stepDate,
            String approvingBody,
            String note) {

        static Step of(PipelineStep s) {
            return new Step(
                    s.getKind(),
                    s.getToStatus(),
                    s.getExtensionMonths(),
                    s.getStepDate(),
                    s.getApprovingBody(),
                    s.getNote());
        }
    }

    /** A nomination of the person (两代表一委员). */
    public record Nomination(
            RepresentationKind kind, RepresentationLevel level, RepresentationStatus status, LocalDate nominatedOn) {

        static Nomination of(Representation r) {
            return new Nomination(r.getKind(), r.getLevel(), r.getStatus(), r.getNominatedOn());
        }
    }

    PersonPage revealing(Revealed values) {
        return new PersonPage(person, steps, representations, services, mayReveal, values, null);
    }

    PersonPage refusing(String messageKey) {
        return new PersonPage(person, steps, representations, services, mayReveal, null, messageKey);
    }
}
