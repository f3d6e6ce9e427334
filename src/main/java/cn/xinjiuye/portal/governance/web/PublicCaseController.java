package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.NotFoundException;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseService;
import cn.xinjiuye.portal.governance.internal.CaseSource;
import cn.xinjiuye.portal.governance.internal.GovCase;
import cn.xinjiuye.portal.governance.internal.Rating;
import cn.xinjiuye.portal.station.Area;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import cn.xinjiuye.portal.station.StationFinder;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Reporting from a phone (隐患直报 / 随手拍) signed in or anonymous with a phone number, and the public tracking page
 * opened with the case number and the phone's last four digits, where the reporter also rates a closed case.
 */
@Controller
@RequestMapping("/public/cases")
class PublicCaseController {

    private final CaseService cases;
    private final MapProperties map;
    private final StationFinder stations;

    PublicCaseController(CaseService cases, MapProperties map, StationFinder stations) {
        this.cases = cases;
        this.map = map;
        this.stations = stations;
    }

    @GetMapping("/new")
    String form(Model model) {
        model.addAttribute("form", ReportForm.empty(cases.lastCommunity().orElse(null)));
        return prepare(model);
    }

    @PostMapping("/new")
    String file(
            @Valid @ModelAttribute("form") ReportForm form,
            BindingResult binding,
            HttpServletRequest request,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        if (binding.hasErrors()) {
            org.slf4j.LoggerFactory.getLogger(getClass()).debug("report form errors: {}", binding.getAllErrors());
            return prepare(model);
        }
        List<byte[]> bytes = new ArrayList<>();
        if (form.photos() != null) {
            for (MultipartFile p : form.photos()) {
                if (!p.isEmpty()) {
                    bytes.add(p.getBytes());
                }
            }
        }
        try {
            Double lat = form.lat();
            Double lng = form.lng();
            if ("GCJ02".equals(form.coordSystem()) && lat != null && lng != null) {
                ChinaCoordinates.LatLng wgs = ChinaCoordinates.gcj02ToWgs84(lat, lng);
                lat = wgs.lat();
                lng = wgs.lng();
            }
            GovCase c = cases.file(
                    new CaseService.Report(
                            form.source(),
                            form.category(),
                            form.description(),
                            lat,
                            lng,
                            form.address(),
                            form.communityId(),
                            form.reporterName(),
                            form.phone(),
                            Boolean.TRUE.equals(form.greenChannel())),
                    bytes,
                    request.getRemoteAddr());
            flash.addFlashAttribute("caseNo", c.getCaseNo());
            return "redirect:/public/cases/filed";
        } catch (FieldRuleException e) {
            Forms.reject(binding, e);
            return prepare(model);
        }
    }

    @GetMapping("/filed")
    String filed(Model model) {
        if (!model.containsAttribute("caseNo")) {
            return "redirect:/public/cases/track";
        }
        return "governance/filed";
    }

    /** Earlier cases of the category nearby (to avoid duplicates): numbers, status and distance only. */
    @GetMapping("/nearby")
    ResponseEntity<List<CaseService.Nearby>> nearby(
            @RequestParam CaseCategory category, @RequestParam double lat, @RequestParam double lng) {
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(cases.nearby(category, lat, lng));
    }

    @GetMapping("/track")
    String trackForm() {
        return "governance/track";
    }

    @PostMapping("/track")
    String track(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            HttpServletRequest request,
            Model model) {
        model.addAttribute("caseNo", caseNo);
        if (cases.trackingBlocked(request.getRemoteAddr())) {
            model.addAttribute("error", "case.track.blocked");
            return "governance/track";
        }
        cases.track(caseNo, phoneTail, request.getRemoteAddr())
                .ifPresentOrElse(
                        t -> {
                            model.addAttribute("tracking", t);
                            model.addAttribute("phoneTail", phoneTail);
                            model.addAttribute("ratings", Rating.values());
                        },
                        () -> model.addAttribute("notFound", true));
        return "governance/track";
    }

    @PostMapping("/rate")
    String rate(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            @RequestParam(required = false) Rating rating,
            HttpServletRequest request,
            Model model) {
        if (cases.trackingBlocked(request.getRemoteAddr())) {
            model.addAttribute("caseNo", caseNo);
            model.addAttribute("error", "case.track.blocked");
            return "governance/track";
        }
        if (rating == null) {
            model.addAttribute("error", "case.error.rating");
        } else {
            try {
                cases.rate(caseNo, phoneTail, rating);
                model.addAttribute("success", rating == Rating.DISSATISFIED ? "case.rated.reopened" : "case.rated");
            } catch (NotFoundException e) {
                cases.track(caseNo, phoneTail, request.getRemoteAddr());
                model.addAttribute("notFound", true);
                model.addAttribute("caseNo", caseNo);
                return "governance/track";
            } catch (FieldRuleException e) {
                model.addAttribute("error", e.messageKey());
            }
        }
        return track(caseNo, phoneTail, request, model);
    }

    private String prepare(Model model) {
        model.addAttribute("communities", cases.communities());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("sources", List.of(CaseSource.SNAPSHOT, CaseSource.HAZARD));
        model.addAttribute("anonymous", CurrentUsers.find().isEmpty());
        model.addAttribute(
                "staffFiling", CurrentUsers.find().map(u -> u.role().isStaff()).orElse(false));
        model.addAttribute("radius", Math.round(cases.duplicateRadius()));
        model.addAttribute("map", map);
        // Centres of communities (from their care stations) let the page suggest the community from the location.
        model.addAttribute(
                "centres",
                stations.areas().stream().collect(java.util.stream.Collectors.toMap(Area::id, a -> a, (a, b) -> a)));
        return "governance/report";
    }
}
