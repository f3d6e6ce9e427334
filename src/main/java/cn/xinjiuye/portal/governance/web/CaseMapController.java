package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CasePoint;
import cn.xinjiuye.portal.governance.internal.CaseQueries;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The staff's case map: the page (the list's filters, the map, markers or density), and its points as JSON, the
 * cases of the user's scope exactly as the case list has them. Labels come translated; points are WGS-84 (the map
 * module shifts them onto GCJ-02 tiles).
 */
@Controller
@RequestMapping("/cases/map")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','DEPARTMENT_STAFF')")
@RequiredArgsConstructor
class CaseMapController {

    private final CaseQueries queries;
    private final MapProperties map;
    private final MessageSource messages;

    @GetMapping
    String page(CaseQueries.Filter filter, Model model) {
        model.addAttribute("list", queries.mapPage(filter));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("map", map);
        return "governance/map";
    }

    @GetMapping(path = "/points", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    Map<String, Object> points(CaseQueries.Filter filter, Locale locale) {
        CaseQueries.MapPoints found = queries.mapPoints(filter);
        List<Map<String, Object>> points =
                found.points().stream().map(p -> point(p, locale)).toList();
        return Map.of("points", points, "capped", found.capped(), "limit", CaseQueries.MAP_LIMIT);
    }

    private Map<String, Object> point(CasePoint p, Locale locale) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("caseNo", p.caseNo());
        m.put("lat", p.lat());
        m.put("lng", p.lng());
        m.put("light", p.light().name());
        m.put("lightLabel", text(p.light().messageKey(), locale));
        m.put("status", text(p.status().messageKey(), locale));
        m.put("category", text(p.category().messageKey(), locale));
        m.put("dueOn", p.dueOn() == null ? null : p.dueOn().toString());
        m.put("url", "/cases/" + p.id());
        return m;
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
