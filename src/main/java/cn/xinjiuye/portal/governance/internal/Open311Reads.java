package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.governance.internal.GeoReport.Request;
import cn.xinjiuye.portal.governance.internal.GeoReport.Update;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * GET requests and FixMyStreet's GET servicerequestupdates. A reader without a key sees public cases only, with
 * their public text, the community instead of the address, coordinates rounded to 3 decimals (about 100 m), the
 * status without staff notes and no media; a key's reader sees its district's cases as filed. No reporter data
 * ever.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Open311Reads {

    private static final Set<CaseStatus> CLOSED = EnumSet.of(CaseStatus.CLOSED, CaseStatus.REJECTED);

    private final Open311Access access;
    private final Open311Rows rows;
    private final MessageSource messages;
    private final Clock clock;

    /** GET requests: by comma-separated ids (which override the other filters), or filtered in a window, paged. */
    public List<Request> requests(Map<String, String> params, Locale locale) {
        Open311Access.Reader reader = access.reader(params.get("api_key"), params.get("jurisdiction_id"));
        List<String> ids = Open311Params.list(params.get("service_request_id"));
        Open311Params.Paging paging = Open311Params.paging(params.get("page"), params.get("page_size"));
        Open311Rows.CaseQuery query = ids.isEmpty()
                ? new Open311Rows.CaseQuery(
                        reader,
                        List.of(),
                        Open311Params.categories(params.get("service_code")),
                        statuses(params.get("status")),
                        Open311Params.window(params.get("start_date"), params.get("end_date"), false, clock),
                        paging)
                : new Open311Rows.CaseQuery(
                        reader,
                        ids.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList(),
                        List.of(),
                        List.of(),
                        null,
                        paging);
        return rows.cases(query).stream().map(c -> request(c, reader, locale)).toList();
    }

    /** GET requests/{id}: 404 when missing or not visible to the reader. */
    public List<Request> request(String id, Map<String, String> params, Locale locale) {
        Open311Access.Reader reader = access.reader(params.get("api_key"), params.get("jurisdiction_id"));
        List<ApiCase> found = rows.cases(new Open311Rows.CaseQuery(
                reader,
                List.of(id.trim().toUpperCase(Locale.ROOT)),
                List.of(),
                List.of(),
                null,
                Open311Params.paging(null, null)));
        if (found.isEmpty()) {
            throw Open311Exception.notFound("no request " + id);
        }
        return List.of(request(found.get(0), reader, locale));
    }

    /** The state-changing steps in [start_date, end_date) (both required, at most 90 days), oldest first. */
    public List<Update> updates(Map<String, String> params, Locale locale) {
        Open311Access.Reader reader = access.reader(params.get("api_key"), params.get("jurisdiction_id"));
        Open311Params.Window window =
                Open311Params.window(params.get("start_date"), params.get("end_date"), true, clock);
        return rows
                .updates(
                        reader,
                        Open311Updates.STATE_OF.keySet(),
                        window,
                        Open311Params.paging(params.get("page"), params.get("page_size")))
                .stream()
                .map(u -> update(u, reader, locale))
                .toList();
    }

    private Update update(ApiUpdate u, Open311Access.Reader reader, Locale locale) {
        CaseStatus state = Open311Updates.STATE_OF.get(u.action());
        String label = messages.getMessage(u.action().messageKey(), null, locale);
        return new Update(
                String.valueOf(u.eventId()),
                u.caseNo(),
                CLOSED.contains(state) ? "closed" : "open",
                Open311Params.time(u.at(), clock),
                reader.keyed() && u.note() != null ? label + ": " + u.note() : label,
                null,
                state.name());
    }

    private Request request(ApiCase c, Open311Access.Reader reader, Locale locale) {
        boolean keyed = reader.keyed();
        String notes = messages.getMessage(c.status().messageKey(), null, locale);
        String staffNote = c.status() == CaseStatus.REJECTED ? c.rejectReason() : c.resolutionNote();
        if (keyed && staffNote != null) {
            notes += ": " + staffNote;
        }
        return new Request(
                c.caseNo(),
                CLOSED.contains(c.status()) ? "closed" : "open",
                notes,
                messages.getMessage(c.category().messageKey(), null, locale),
                c.category().name(),
                keyed ? c.description() : c.publicText(),
                c.departmentName(),
                "",
                Open311Params.time(c.submittedAt(), clock),
                Open311Params.time(c.updatedAt(), clock),
                // Expected by the end of the working day on the due date.
                c.dueOn() == null
                        ? null
                        : Open311Params.time(
                                c.dueOn().atTime(18, 0).atZone(clock.getZone()).toInstant(), clock),
                keyed && c.address() != null ? c.address() : c.communityName(),
                keyed ? c.addressId() : null,
                keyed ? c.lat() : rounded(c.lat()),
                keyed ? c.lng() : rounded(c.lng()),
                keyed ? c.mediaUrl() : null);
    }

    /** Three decimals: about 100 m, enough to find the place, not the door. */
    static Double rounded(Double degrees) {
        return degrees == null ? null : Math.round(degrees * 1000) / 1000.0;
    }

    private static Set<CaseStatus> statuses(String value) {
        Set<CaseStatus> result = EnumSet.noneOf(CaseStatus.class);
        for (String s : Open311Params.list(value)) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "open" -> result.addAll(EnumSet.complementOf(EnumSet.copyOf(CLOSED)));
                case "closed" -> result.addAll(CLOSED);
                default -> throw Open311Exception.badRequest("status must be open, closed or both (open,closed)");
            }
        }
        return result;
    }
}
