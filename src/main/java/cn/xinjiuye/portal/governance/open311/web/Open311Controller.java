package cn.xinjiuye.portal.governance.open311.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.web.PublicUrl;
import cn.xinjiuye.portal.governance.internal.ApiCase;
import cn.xinjiuye.portal.governance.internal.ApiKeys;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseFiling;
import cn.xinjiuye.portal.governance.internal.CaseQueries;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Attribute;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Created;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Definition;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Discovery;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Endpoint;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Request;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Service;
import cn.xinjiuye.portal.governance.open311.web.Open311Json.Value;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (JSON) for a WeChat mini-program or a city system: discovery, services, a service definition,
 * POST a request with an API key, and GET requests (filtered by date, status and service, paged) or one request.
 * service_request_id is the case number; no personal data is returned.
 */
@RestController
@RequestMapping(path = "/open311/v2", produces = MediaType.APPLICATION_JSON_VALUE)
class Open311Controller {

    static final int MAX_PAGE_SIZE = 100;

    private final ApiKeys keys;
    private final CaseFiling filing;
    private final CaseQueries queries;
    private final MessageSource messages;
    private final Clock clock;
    private final String publicUrl;

    Open311Controller(
            ApiKeys keys,
            CaseFiling filing,
            CaseQueries queries,
            MessageSource messages,
            Clock clock,
            @org.springframework.beans.factory.annotation.Value("${portal.public-url}") String publicUrl) {
        this.publicUrl = PublicUrl.base(publicUrl);
        this.clock = clock;
        this.keys = keys;
        this.filing = filing;
        this.queries = queries;
        this.messages = messages;
    }

    @GetMapping("/discovery.json")
    Discovery discovery() {
        // From the configured public URL, never from the request's Host header.
        String base = publicUrl + "/open311/v2/";
        return new Discovery(
                "2026-11-29T00:00:00Z",
                "基层治理工单 / district Party organization department",
                "API keys are issued by the portal administrator",
                List.of(new Endpoint(
                        "http://wiki.open311.org/GeoReport_v2",
                        base,
                        "2026-11-29T00:00:00Z",
                        "production",
                        List.of("application/json"))));
    }

    @GetMapping("/services.json")
    List<Service> services(Locale locale) {
        return Arrays.stream(CaseCategory.values())
                .map(c -> new Service(c.name(), name(c, locale), name(c, locale), true, "realtime", "", "governance"))
                .toList();
    }

    @GetMapping("/services/{code}.json")
    Definition definition(@PathVariable String code) {
        CaseCategory category = category(code);
        List<Value> communities = filing.communities().stream()
                .map(r -> new Value(String.valueOf(r.getId()), r.getName()))
                .toList();
        return new Definition(
                category.name(),
                List.of(new Attribute(
                        true,
                        "community",
                        "singlevaluelist",
                        true,
                        "the community (社区) where the problem is",
                        1,
                        "社区",
                        communities)));
    }

    @PostMapping("/requests.json")
    List<Created> create(@RequestParam Map<String, String> params) {
        String client = keys.client(params.get("api_key")).orElseThrow(Open311Exception::forbidden);
        List<String> missing = new ArrayList<>();
        for (String required : List.of("service_code", "lat", "long", "description", "attribute[community]")) {
            if (params.get(required) == null || params.get(required).isBlank()) {
                missing.add(required);
            }
        }
        if (!missing.isEmpty()) {
            throw Open311Exception.badRequest("missing required field(s): " + String.join(", ", missing));
        }
        CaseCategory category = category(params.get("service_code"));
        double lat = number(params.get("lat"), "lat", 90);
        double lng = number(params.get("long"), "long", 180);
        long community;
        try {
            community = Long.parseLong(params.get("attribute[community]").trim());
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(
                    "attribute[community] must be a community key from the service definition");
        }
        String description = params.get("description").trim();
        if (description.length() > 1000) {
            throw Open311Exception.badRequest("description is longer than 1000 characters");
        }
        String name = join(params.get("first_name"), params.get("last_name"));
        String phone = params.get("phone");
        if (phone != null && !phone.isBlank() && !Phones.isMobile(phone)) {
            throw Open311Exception.badRequest("phone must be an 11-digit mobile number");
        }
        try {
            String caseNo = filing.fileFromApi(
                    category, description, lat, lng, params.get("address_string"), community, name, phone, client);
            return List.of(new Created(caseNo, "", null));
        } catch (FieldRuleException e) {
            throw Open311Exception.badRequest(
                    e.field() + ": " + messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH));
        }
    }

    @GetMapping("/requests.json")
    List<Request> requests(
            @RequestParam(name = "service_request_id", required = false) String ids,
            @RequestParam(name = "service_code", required = false) String serviceCode,
            @RequestParam(name = "start_date", required = false) String startDate,
            @RequestParam(name = "end_date", required = false) String endDate,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) Integer page,
            @RequestParam(name = "page_size", required = false) Integer pageSize,
            Locale locale) {
        if (ids != null && !ids.isBlank()) {
            return Arrays.stream(ids.split(","))
                    .map(String::trim)
                    .map(queries::apiCase)
                    .flatMap(java.util.Optional::stream)
                    .map(c -> request(c, locale))
                    .toList();
        }
        if (status != null && !status.equals("open") && !status.equals("closed")) {
            throw Open311Exception.badRequest("status must be open or closed");
        }
        CaseCategory category = serviceCode == null || serviceCode.isBlank() ? null : category(serviceCode);
        Instant from = instant(startDate, "start_date");
        Instant to = instant(endDate, "end_date");
        if (from == null && to == null) {
            from = clock.instant().minus(java.time.Duration.ofDays(90));
        }
        int p = page == null || page < 1 ? 0 : page - 1;
        int size = pageSize == null || pageSize < 1 ? 50 : Math.min(pageSize, MAX_PAGE_SIZE);
        return queries.apiCases(status, category, from, to, PageRequest.of(p, size))
                .map(c -> request(c, locale))
                .getContent();
    }

    @GetMapping("/requests/{id}.json")
    List<Request> request(@PathVariable String id, Locale locale) {
        ApiCase c =
                queries.apiCase(id).orElseThrow(() -> new Open311Exception(HttpStatus.NOT_FOUND, "no request " + id));
        return List.of(request(c, locale));
    }

    private Request request(ApiCase c, Locale locale) {
        boolean closed = c.status() == CaseStatus.CLOSED || c.status() == CaseStatus.REJECTED;
        String notes = messages.getMessage(c.status().messageKey(), null, locale)
                + (c.status() == CaseStatus.REJECTED && c.rejectReason() != null
                        ? ": " + c.rejectReason()
                        : c.resolutionNote() != null ? ": " + c.resolutionNote() : "");
        return new Request(
                c.caseNo(),
                closed ? "closed" : "open",
                notes,
                name(c.category(), locale),
                c.category().name(),
                c.description(),
                c.departmentName(),
                "",
                time(c.submittedAt()),
                time(c.updatedAt()),
                c.dueOn() == null
                        ? null
                        : c.dueOn().atTime(18, 0).atZone(clock.getZone()).toOffsetDateTime(),
                c.place(),
                c.lat(),
                c.lng(),
                null);
    }

    private OffsetDateTime time(Instant i) {
        return i == null ? null : i.atZone(clock.getZone()).toOffsetDateTime();
    }

    private String name(CaseCategory c, Locale locale) {
        return messages.getMessage(c.messageKey(), null, locale);
    }

    private static CaseCategory category(String code) {
        try {
            return CaseCategory.valueOf(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Open311Exception(HttpStatus.NOT_FOUND, "unknown service_code " + code);
        }
    }

    private static double number(String s, String field, double limit) {
        try {
            double d = Double.parseDouble(s.trim());
            if (Double.isNaN(d) || Math.abs(d) > limit) {
                throw Open311Exception.badRequest(field + " is out of range");
            }
            return d;
        } catch (NumberFormatException e) {
            throw Open311Exception.badRequest(field + " is not a number");
        }
    }

    private static Instant instant(String s, String field) {
        if (s == null || s.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s.trim()).toInstant();
        } catch (DateTimeParseException e) {
            throw Open311Exception.badRequest(field + " must be a w3 datetime such as 2026-11-01T00:00:00+08:00");
        }
    }

    private static String join(String first, String last) {
        String s = ((last == null ? "" : last.trim()) + (first == null ? "" : first.trim())).trim();
        return s.isEmpty() ? null : s;
    }
}
