package cn.xinjiuye.portal.audit.internal;

import java.time.LocalDateTime;
import java.time.ZoneId;

/** A line of the audit log page, its time in the zone the portal's users read it in. */
public record AuditRow(
        LocalDateTime localAt,
        String actor,
        String action,
        String entityType,
        String entityId,
        String summary,
        String remoteAddress) {

    public static AuditRow of(AuditEvent e, ZoneId zone) {
        return new AuditRow(
                LocalDateTime.ofInstant(e.getAt(), zone),
                e.getActor(),
                e.getAction(),
                e.getEntityType(),
                e.getEntityId(),
                e.getSummary(),
                e.getRemoteAddress());
    }

    /** Whether the request came from the portal's own machine (loopback, as 127.0.0.1 or ::1 in any spelling). */
    public boolean fromThisMachine() {
        String a = shortAddress();
        return a != null && (a.equals("::1") || a.startsWith("127.") || a.equals("::ffff:127.0.0.1"));
    }

    /** The address as people write it: an IPv6 address in its short form (2001:db8::1, not 2001:0db8:0:0:…). */
    public String shortAddress() {
        if (remoteAddress == null || !remoteAddress.contains(":")) {
            return remoteAddress;
        }
        String[] groups = remoteAddress.split(":", -1);
        if (groups.length != 8) {
            return remoteAddress.toLowerCase(java.util.Locale.ROOT);
        }
        StringBuilder plain = new StringBuilder();
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0, run = 0; i < 8; i++) {
            String g = groups[i].replaceFirst("^0+(?=.)", "").toLowerCase(java.util.Locale.ROOT);
            groups[i] = g;
            run = g.equals("0") ? run + 1 : 0;
            if (run > bestLength) {
                bestLength = run;
                bestStart = i - run + 1;
            }
        }
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                plain.append("::");
                i += bestLength - 1;
                continue;
            }
            if (plain.length() > 0 && plain.charAt(plain.length() - 1) != ':') {
                plain.append(':');
            }
            plain.append(groups[i]);
        }
        return plain.toString();
    }
}
