package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.audit.AuditAction;
import cn.xinjiuye.portal.audit.AuditService;
import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.security.Role;
import cn.xinjiuye.portal.region.Region;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Administrators keep the responsible departments (责任部门) of a district, its routing rules and department accounts. */
@Service
@PreAuthorize("hasRole('ADMIN')")
@RequiredArgsConstructor
public class DepartmentService {

    private final DepartmentRepository departments;
    private final RegionService regions;
    private final JdbcTemplate jdbc;
    private final AuditService audit;
    private final AccountDirectory accounts;

    public record Row(Named department, List<String> accounts) {}

    /** A department as the page names it. */
    public record Named(Long id, String name, String phone) {}

    /**
     * The departments page: the districts to choose from, the chosen one (the first unless asked), its departments
     * with their accounts, and its routing rules.
     */
    public record DepartmentsPage(
            List<Region> districts, Long districtId, List<Row> rows, Map<CaseCategory, Long> rules) {}

    @Transactional(readOnly = true)
    public DepartmentsPage page(Long districtId) {
        List<Region> districts = districts();
        Long chosen = districtId != null
                ? districtId
                : districts.isEmpty() ? null : districts.get(0).getId();
        return chosen == null
                ? new DepartmentsPage(districts, null, List.of(), Map.of())
                : new DepartmentsPage(districts, chosen, of(chosen), rules(chosen));
    }

    @Transactional(readOnly = true)
    public List<Region> districts() {
        return regions.options(RegionLevel.DISTRICT);
    }

    @Transactional(readOnly = true)
    public List<Row> of(long districtId) {
        List<Department> list = departments.findByDistrictIdAndActiveTrueOrderByName(districtId);
        Map<Long, List<Long>> accountIds = new HashMap<>();
        if (!list.isEmpty()) {
            jdbc.query(
                    "select department_id, account_id from department_account where department_id = any (?)",
                    rs -> {
                        accountIds
                                .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                                .add(rs.getLong(2));
                    },
                    (Object) list.stream().map(Department::getId).toArray(Long[]::new));
        }
        Map<Long, String> names = accounts.usernames(
                accountIds.values().stream().flatMap(List::stream).toList());
        return list.stream()
                .map(d -> new Row(
                        new Named(d.getId(), d.getName(), d.getPhone()),
                        accountIds.getOrDefault(d.getId(), List.of()).stream()
                                .map(names::get)
                                .filter(java.util.Objects::nonNull)
                                .sorted()
                                .toList()))
                .toList();
    }

    /** The department of each category in the district (null when no rule). */
    @Transactional(readOnly = true)
    public Map<CaseCategory, Long> rules(long districtId) {
        Map<CaseCategory, Long> rules = new java.util.EnumMap<>(CaseCategory.class);
        jdbc.query(
                "select category, department_id from routing_rule where district_id = ?",
                rs -> {
                    rules.put(CaseCategory.valueOf(rs.getString(1)), rs.getLong(2));
                },
                districtId);
        return rules;
    }

    @Transactional
    public Department create(long districtId, String name, String phone) {
        Region district = regions.findById(districtId)
                .filter(r -> r.getLevel() == RegionLevel.DISTRICT)
                .orElseThrow(() -> new FieldRuleException("districtId", "department.error.district"));
        if (name == null || name.isBlank() || name.length() > 60) {
            throw new FieldRuleException("name", "case.error.required");
        }
        if (departments.findByDistrictIdAndName(district.getId(), name.trim()).isPresent()) {
            throw new FieldRuleException("name", "department.error.nameTaken");
        }
        return departments.save(
                new Department(district.getId(), name.trim(), phone == null || phone.isBlank() ? null : phone.trim()));
    }

    @Transactional
    public void route(long districtId, CaseCategory category, long departmentId) {
        Department d = departments
                .findById(departmentId)
                .filter(x -> x.getDistrictId() == districtId)
                .orElseThrow(() -> new FieldRuleException("departmentId", "case.error.department"));
        jdbc.update(
                "insert into routing_rule (district_id, category, department_id) values (?, ?, ?) "
                        + "on conflict (district_id, category) do update set department_id = excluded.department_id",
                districtId,
                category.name(),
                d.getId());
        audit.record(AuditAction.UPDATE, "RoutingRule", null, category + " -> " + d.getName());
    }

    /** Binds an account of role DEPARTMENT_STAFF to a department (replacing an earlier binding). */
    @Transactional
    public void bind(long departmentId, String username) {
        Department d = departments
                .findById(departmentId)
                .orElseThrow(() -> new FieldRuleException("departmentId", "case.error.department"));
        Long accountId = accounts.byUsername(username)
                .filter(a -> a.role() == Role.DEPARTMENT_STAFF)
                .map(AccountDirectory.AccountCard::id)
                .orElseThrow(() -> new FieldRuleException("username", "department.error.account"));
        jdbc.update(
                "insert into department_account (account_id, department_id) values (?, ?) "
                        + "on conflict (account_id) do update set department_id = excluded.department_id",
                accountId,
                d.getId());
        audit.record(AuditAction.UPDATE, "DepartmentAccount", accountId, username.trim() + " -> " + d.getName());
    }
}
