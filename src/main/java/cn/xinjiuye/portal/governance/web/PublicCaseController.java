package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.Forms;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseFiling;
import cn.xinjiuye.portal.governance.internal.CaseSource;
import cn.xinjiuye.portal.governance.internal.CaseTracking;
import cn.xinjiuye.portal.governance.internal.Rating;
import cn.xinjiuye.portal.station.ChinaCoordinates;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
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
@RequiredArgsConstructor
class PublicCaseController {

    private final CaseFiling filing;
    private final CaseTracking tracking;
    private final MapProperties map;

    @GetMapping("/new")
    String form(Model model) {
        CaseFiling.ReportPage page = filing.reportPage();
        model.addAttribute("form", ReportForm.empty(page.lastCommunity()));
        return show(page, model);
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
            return show(filing.reportPage(), model);
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
            String caseNo = filing.file(
                    new CaseFiling.Report(
                            form.source(),
                            form.category(),
                            form.description(),
                            lat,
                            lng,
                            form.address(),
                            form.communityId(),
                            form.reporterName(),
                            form.phone(),
                            Boolean.TRUE.equals(form.greenChannel()),
                            Boolean.TRUE.equals(form.smsConsent())),
                    bytes,
                    request.getRemoteAddr());
            flash.addFlashAttribute("caseNo", caseNo);
            return "redirect:/public/cases/filed";
        } catch (FieldRuleException e) {
            Forms.reject(binding, e);
            return show(filing.reportPage(), model);
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
    ResponseEntity<List<CaseFiling.Nearby>> nearby(
            @RequestParam CaseCategory category, @RequestParam double lat, @RequestParam double lng) {
        if (Math.abs(lat) > 90 || Math.abs(lng) > 180) {
            return ResponseEntity.badRequest().build();
        }
        return ResponseEntity.ok(filing.nearby(category, lat, lng));
    }

    /** The empty form; the link in a reporter's SMS fills in the case number (the phone's digits are still asked). */
    @GetMapping("/track")
    String trackForm(@RequestParam(required = false) String caseNo, Model model) {
        return show(CaseTracking.TrackPage.form(caseNo), model);
    }

    @PostMapping("/track")
    String track(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            HttpServletRequest request,
            Model model) {
        return show(tracking.track(caseNo, phoneTail, request.getRemoteAddr()), model);
    }

    @PostMapping("/rate")
    String rate(
            @RequestParam(defaultValue = "") String caseNo,
            @RequestParam(defaultValue = "") String phoneTail,
            @RequestParam(required = false) Rating rating,
            HttpServletRequest request,
            Model model) {
        return show(tracking.rate(caseNo, phoneTail, rating, request.getRemoteAddr()), model);
    }

    private String show(CaseTracking.TrackPage page, Model model) {
        model.addAttribute("track", page);
        model.addAttribute("ratings", Rating.values());
        // The layout's alerts show the message too, as they did when the page had them as plain attributes.
        model.addAttribute("success", page.success());
        model.addAttribute("error", page.error());
        return "governance/track";
    }

    private String show(CaseFiling.ReportPage page, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("sources", List.of(CaseSource.SNAPSHOT, CaseSource.HAZARD));
        model.addAttribute("map", map);
        return "governance/report";
    }
}
