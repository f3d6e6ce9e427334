package cn.xinjiuye.portal.station.web;

import cn.xinjiuye.portal.common.excel.ImportResult;
import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.Downloads;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import cn.xinjiuye.portal.station.internal.Amenity;
import cn.xinjiuye.portal.station.internal.Compliance;
import cn.xinjiuye.portal.station.internal.HostType;
import cn.xinjiuye.portal.station.internal.StationDetails;
import cn.xinjiuye.portal.station.internal.StationExcel;
import cn.xinjiuye.portal.station.internal.StationPages;
import cn.xinjiuye.portal.station.internal.StationService;
import cn.xinjiuye.portal.station.internal.StationStatus;
import cn.xinjiuye.portal.station.internal.StationView;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 爱心驿站 for staff: the registry of their scope, its pages and Excel (records and photos: StationRecordsController). */
@Controller
@RequestMapping("/stations")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
class StationController {

    private final StationService stations;
    private final StationPages pages;
    private final StationExcel excel;
    private final MapProperties map;
    private final Clock clock;

    @GetMapping
    String list(@ModelAttribute("filter") StationService.Filter filter, Integer page, Integer size, Model model) {
        model.addAttribute("hostTypes", HostType.values());
        model.addAttribute("amenities", Amenity.values());
        model.addAttribute("compliances", Compliance.values());
        model.addAttribute("statuses", StationStatus.values());
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("exportQuery", exportQuery(filter));
        return ViewModel.render(model, "station/list", pages.list(filter, PageRequests.of(page, size)));
    }

    /** The list's rows in Excel: the same filters as the list (its export link carries them). */
    @GetMapping("/export.xlsx")
    void export(@ModelAttribute("filter") StationService.Filter filter, Locale locale, HttpServletResponse response)
            throws IOException {
        Downloads.xlsx(response, "stations.xlsx");
        excel.export(response.getOutputStream(), filter, locale);
    }

    @GetMapping("/template.xlsx")
    void template(Locale locale, HttpServletResponse response) throws IOException {
        Downloads.xlsx(response, "stations-template.xlsx");
        excel.template(response.getOutputStream(), locale);
    }

    @GetMapping("/import")
    String importForm() {
        return "station/import";
    }

    @PostMapping("/import")
    String importFile(
            @RequestParam(name = "file", required = false) MultipartFile file,
            Locale locale,
            Model model,
            RedirectAttributes flash)
            throws IOException {
        if (file == null || file.isEmpty()) {
            model.addAttribute(
                    "importErrors",
                    java.util.List.of(excel.describe(
                                    java.util.List.of(
                                            cn.xinjiuye.portal.common.excel.CellError.ofFile("excel.error.empty")),
                                    locale)
                            .get(0)));
            return "station/import";
        }
        ImportResult<StationDetails> result;
        try (InputStream in = file.getInputStream()) {
            result = excel.importStations(in);
        }
        if (!result.ok()) {
            model.addAttribute("importErrors", excel.describe(result.errors(), locale));
            return "station/import";
        }
        flash.addFlashAttribute("success", "station.imported");
        flash.addFlashAttribute("importedCount", result.rows().size());
        return "redirect:/stations";
    }

    @GetMapping("/new")
    String createForm(@RequestParam(required = false) String community, Model model) {
        model.addAttribute("form", StationForm.empty(community));
        return form(model, null);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") StationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.submit(
                binding,
                flash,
                "station.created",
                () -> "/stations/" + stations.create(form.toDetails()).getId(),
                () -> form(model, null));
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute(
                "inspectionForm", new InspectionForm(LocalDate.now(clock), "", true, true, true, true, true, true, ""));
        return StationPageModel.render(model, pages.page(id), map);
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable long id, Model model) {
        StationView station = pages.station(id);
        model.addAttribute("form", StationForm.of(station));
        return form(model, station);
    }

    @PostMapping("/{id}")
    String update(
            @PathVariable long id,
            @Valid @ModelAttribute("form") StationForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        return FormFlow.save(
                binding,
                flash,
                "station.updated",
                () -> stations.update(id, FormFlow.version(form.version()), form.toDetails()),
                "/stations/" + id,
                () -> form(model, pages.station(id)));
    }

    @PostMapping("/{id}/delete")
    String delete(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        stations.delete(id, version);
        flash.addFlashAttribute("success", "station.deleted");
        return "redirect:/stations";
    }

    private String form(Model model, StationView station) {
        model.addAttribute("station", station);
        model.addAttribute("communities", stations.communities());
        model.addAttribute("hostTypes", HostType.values());
        model.addAttribute("amenities", Amenity.values());
        model.addAttribute("statuses", StationStatus.values());
        model.addAttribute("dayFields", StationForm.DAY_FIELDS);
        model.addAttribute(
                "dayLabels",
                java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(d -> "station.day." + d)
                        .toList());
        model.addAttribute("map", map);
        if (station != null) {
            MapPoints.addStation(model, map, station.lat(), station.lng(), "pick");
        }
        return "station/form";
    }

    private static String exportQuery(StationService.Filter f) {
        StringBuilder sb = new StringBuilder();
        append(sb, "q", f.q());
        append(sb, "streetId", f.streetId());
        append(sb, "communityId", f.communityId());
        append(sb, "hostType", f.hostType());
        append(sb, "amenity", f.amenity());
        append(sb, "compliance", f.compliance());
        append(sb, "status", f.status());
        return sb.toString();
    }

    private static void append(StringBuilder sb, String name, Object value) {
        if (value != null && !value.toString().isBlank()) {
            sb.append(sb.isEmpty() ? "?" : "&")
                    .append(name)
                    .append('=')
                    .append(URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
        }
    }
}
