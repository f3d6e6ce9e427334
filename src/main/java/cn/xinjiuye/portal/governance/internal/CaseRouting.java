package cn.xinjiuye.portal.governance.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/** Where a case may go: the active departments of its district, and the one its category is routed to. */
@Component
@RequiredArgsConstructor
class CaseRouting {

    private final DepartmentRepository departments;

    /** Departments a case may be assigned to: the active ones of its community's district, by name. */
    List<Department> departmentsFor(GovCase c) {
        String path = c.getCommunity().getPath();
        return departments.findAll().stream()
                .filter(d -> d.isActive() && path.contains("/" + d.getDistrictId() + "/"))
                .sorted(Comparator.comparing(Department::getName))
                .toList();
    }

    /** The department the routing rule of the case's district and category names, if any. */
    Optional<Long> suggested(GovCase c, List<Department> choices) {
        return choices.stream()
                .findFirst()
                .flatMap(d ->
                        departments.routedTo(d.getDistrictId(), c.getCategory().name()));
    }
}
