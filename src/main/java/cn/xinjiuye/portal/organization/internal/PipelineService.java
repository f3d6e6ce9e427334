package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.common.FieldRuleException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The development pipeline of 《中国共产党发展党员工作细则》. A step is refused, naming the rule, and nothing is saved when
 * it skips a status, goes back in time, makes an applicant under 18, makes a development target of someone less than
 * one year an activist, makes a full member before one year of probation (plus any extension), or extends probation
 * other than once by 6 to 12 months.
 */
@Service
@RequiredArgsConstructor
public class PipelineService {

    public static final int MIN_AGE = 18;
    public static final int ACTIVIST_MONTHS = 12;
    public static final int PROBATION_MONTHS = 12;
    public static final int MIN_EXTENSION = 6;
    public static final int MAX_EXTENSION = 12;

    /** Who is due for which step, and from when it is allowed. */
    public record DueRow(
            Long personId,
            String name,
            PoliticalStatus status,
            LocalDate statusSince,
            PoliticalStatus next,
            LocalDate earliest,
            boolean due) {}

    /** A branch's due list. */
    public record DuePage(OrganizationRef branch, List<DueRow> rows) {}

    private final PersonService people;
    private final PersonRepository personRepository;
    private final PipelineStepRepository steps;
    private final OrganizationService organizations;
    private final Clock clock;

    /** Moves a person to the next status; refused with the rule named when the step breaks one. */
    @Transactional
    public PipelineStep advance(long personId, PoliticalStatus to, LocalDate date, String approvingBody, String note) {
        Person p = people.get(personId);
        PoliticalStatus current = p.getPoliticalStatus();
        if (current == PoliticalStatus.FULL_MEMBER) {
            throw new FieldRuleException("toStatus", "pipeline.rule.alreadyFull");
        }
        if (to == null || to != current.next()) {
            throw new FieldRuleException(
                    "toStatus",
                    "pipeline.rule.skipped",
                    new DefaultMessageSourceResolvable(current.messageKey()),
                    new DefaultMessageSourceResolvable(current.next().messageKey()));
        }
        checkDate(p, date);
        switch (to) {
            case APPLICANT -> {
                if (Period.between(p.getBirthDate(), date).getYears() < MIN_AGE) {
                    throw new FieldRuleException("stepDate", "pipeline.rule.age", MIN_AGE);
                }
            }
            case DEVELOPMENT_TARGET -> {
                LocalDate earliest = p.getStatusSince().plusMonths(ACTIVIST_MONTHS);
                if (date.isBefore(earliest)) {
                    throw new FieldRuleException("stepDate", "pipeline.rule.activistYear", earliest.toString());
                }
            }
            case FULL_MEMBER -> {
                LocalDate earliest = probationEnds(p);
                if (date.isBefore(earliest)) {
                    throw new FieldRuleException("stepDate", "pipeline.rule.probationYear", earliest.toString());
                }
            }
            default -> {
                // activist and probationary member: only order, date and approving body apply
            }
        }
        String body = requireBody(approvingBody);
        p.moveTo(to, date);
        return steps.save(new PipelineStep(
                p, PipelineStep.Kind.ADVANCE, to, date, body, null, OrganizationService.blankToNull(note)));
    }

    /** Extends probation (延长预备期) once, by 6 to 12 months. */
    @Transactional
    public PipelineStep extendProbation(long personId, int months, LocalDate date, String approvingBody, String note) {
        Person p = people.get(personId);
        if (p.getPoliticalStatus() != PoliticalStatus.PROBATIONARY) {
            throw new FieldRuleException("toStatus", "pipeline.rule.extensionOnlyProbationary");
        }
        if (months < MIN_EXTENSION || months > MAX_EXTENSION) {
            throw new FieldRuleException(
                    "extensionMonths", "pipeline.rule.extensionRange", MIN_EXTENSION, MAX_EXTENSION);
        }
        if (extensionMonths(p) > 0) {
            throw new FieldRuleException("extensionMonths", "pipeline.rule.extensionOnce");
        }
        checkDate(p, date);
        // The branch decides an extension when the probation ends; once it has ended, the member is converted or not.
        LocalDate ends = probationEnds(p);
        if (date.isAfter(ends)) {
            throw new FieldRuleException("stepDate", "pipeline.rule.extensionAfterProbation", ends.toString());
        }
        String body = requireBody(approvingBody);
        return steps.save(new PipelineStep(
                p,
                PipelineStep.Kind.EXTEND_PROBATION,
                PoliticalStatus.PROBATIONARY,
                date,
                body,
                months,
                OrganizationService.blankToNull(note)));
    }

    /** Per branch: who is in the pipeline, their next step and the first day it is allowed. */
    @Transactional(readOnly = true)
    public DuePage due(long branchId) {
        PartyOrganization branch = organizations.get(branchId);
        LocalDate today = LocalDate.now(clock);
        Map<Long, Integer> extensions = new HashMap<>();
        for (Object[] row : steps.extensionsOfBranch(branchId, PipelineStep.Kind.EXTEND_PROBATION)) {
            extensions.put((Long) row[0], ((Number) row[1]).intValue());
        }
        List<DueRow> rows = new ArrayList<>();
        for (Person p : personRepository.findByBranchAndStatus(
                branchId,
                EnumSet.of(
                        PoliticalStatus.APPLICANT,
                        PoliticalStatus.ACTIVIST,
                        PoliticalStatus.DEVELOPMENT_TARGET,
                        PoliticalStatus.PROBATIONARY))) {
            LocalDate since = p.getStatusSince() == null ? today : p.getStatusSince();
            LocalDate earliest = switch (p.getPoliticalStatus()) {
                case ACTIVIST -> since.plusMonths(ACTIVIST_MONTHS);
                case PROBATIONARY -> since.plusMonths(PROBATION_MONTHS + extensions.getOrDefault(p.getId(), 0));
                default -> since;
            };
            rows.add(new DueRow(
                    p.getId(),
                    p.getName(),
                    p.getPoliticalStatus(),
                    p.getStatusSince(),
                    p.getPoliticalStatus().next(),
                    earliest,
                    !earliest.isAfter(today)));
        }
        rows.sort((a, b) -> a.earliest().compareTo(b.earliest()));
        return new DuePage(OrganizationRef.of(branch), rows);
    }

    private LocalDate probationEnds(Person p) {
        return p.getStatusSince().plusMonths(PROBATION_MONTHS + extensionMonths(p));
    }

    private int extensionMonths(Person p) {
        if (p.getStatusSince() == null) {
            return 0;
        }
        return steps.findByPerson(p.getId()).stream()
                .filter(s -> s.getKind() == PipelineStep.Kind.EXTEND_PROBATION
                        && !s.getStepDate().isBefore(p.getStatusSince()))
                .mapToInt(PipelineStep::getExtensionMonths)
                .sum();
    }

    private void checkDate(Person p, LocalDate date) {
        if (date == null) {
            throw new FieldRuleException("stepDate", "pipeline.rule.dateRequired");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw new FieldRuleException("stepDate", "organization.error.future");
        }
        if (p.getStatusSince() != null && date.isBefore(p.getStatusSince())) {
            throw new FieldRuleException(
                    "stepDate", "pipeline.rule.dateOrder", p.getStatusSince().toString());
        }
    }

    private static String requireBody(String approvingBody) {
        String body = OrganizationService.blankToNull(approvingBody);
        if (body == null) {
            throw new FieldRuleException("approvingBody", "pipeline.rule.bodyRequired");
        }
        return body;
    }
}
