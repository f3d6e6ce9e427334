package cn.xinjiuye.portal.organization.internal;

import cn.xinjiuye.portal.organization.internal.EnterpriseService.Alert;
import java.util.List;

/** A line of the enterprise list: the region by name, the Party members on file and the computed alerts. */
public record EnterpriseRow(
        Long id,
        String name,
        EnterpriseKind kind,
        String regionName,
        int workerCount,
        Coverage coverage,
        String seedMembers,
        long members,
        long fullMembers) {

    public List<Alert> alerts() {
        return Alert.of(coverage, seedMembers, members, fullMembers);
    }
}
