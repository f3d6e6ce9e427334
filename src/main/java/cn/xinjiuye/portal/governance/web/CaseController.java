package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.FieldRuleException;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CasePhoto;
import cn.xinjiuye.portal.governance.internal.CaseService;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import cn.xinjiuye.portal.governance.internal.GovCase;
import cn.xinjiuye.portal.region.RegionLevel;
import cn.xinjiuye.portal.region.RegionService;
import java.io.IOException;
import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Cases for staff: the list of their scope (or department), the overdue list, a case with its timeline and actions. */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','DEPARTMENT_STAFF')")
class CaseController {

    private final CaseService cases;
    private final RegionService regions;

    CaseController(CaseService cases, RegionService regions) {
        this.cases = cases;
        this.regions = regions;
    }

    @GetMapping
    String list(
            @RequestParam(required = false) CaseStatus status,
            @RequestParam(required = false) CaseCategory category,
            @RequestParam(required = false) Long communityId,
            @RequestParam(required = false) String caseNo,
            @RequestParam(required = false) Integer page,
            Model model) {
        CaseService.Filter filter = new CaseService.Filter(status, category, communityId, caseNo);
        Page<GovCase> result = cases.search(filter, PageRequests.of(page, null));
        model.addAttribute("filter", filter);
        model.addAttribute("page", result);
        model.addAttribute("lights", cases.lights(result.getContent()));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        boolean department = CurrentUsers.require().role() == cn.xinjiuye.portal.common.security.Role.DEPARTMENT_STAFF;
        model.addAttribute("communities", department ? java.util.List.of() : regions.options(RegionLevel.COMMUNITY));
        model.addAttribute("department", department);
        return "governance/list";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) Integer page, Model model) {
        Page<GovCase> result = cases.overdue(PageRequests.of(page, null));
        model.addAttribute("page", result);
        model.addAttribute("lights", cases.lights(result.getContent()));
        return "governance/overdue";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        GovCase c = cases.get(id);
        model.addAttribute("c", c);
        model.addAttribute("light", cases.lights(java.util.List.of(c)).get(c.getId()));
        model.addAttribute("timeline", cases.timeline(id));
        model.addAttribute("photoIds", cases.photoIds(id));
        model.addAttribute("supervisions", cases.supervisions(id));
        model.addAttribute(
                "actions", cases.actionsFor(c).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet()));
        model.addAttribute("canReply", cases.canReplyToSupervision(c));
        model.addAttribute("departments", cases.departmentsFor(c));
        model.addAttribute("suggested", cases.suggestedDepartment(c).orElse(null));
        return "governance/show";
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        CasePhoto p = cases.photo(id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(p.getContentType()))
                .cacheControl(CacheControl.noStore())
                .body(p.getBytes());
    }

    @PostMapping("/{id}/accept")
    String accept(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(defaultValue = "false") boolean green,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.accept(id, version, green));
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.reject(id, version, reason));
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long departmentId,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.assign(id, version, departmentId));
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return act(id, flash, () -> cases.start(id, version));
    }

    @PostMapping("/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        String back = act(id, flash, () -> cases.giveBack(id, version, reason));
        return flash.getFlashAttributes().containsKey("error") ? back : "redirect:/cases";
    }

    @PostMapping("/{id}/resolve")
    String resolve(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            @RequestParam(name = "photo", required = false) MultipartFile photo,
            RedirectAttributes flash)
            throws IOException {
        byte[] bytes = photo == null || photo.isEmpty() ? null : photo.getBytes();
        return act(id, flash, () -> cases.resolve(id, version, note, bytes));
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return act(id, flash, () -> cases.verify(id, version));
    }

    @PostMapping("/{id}/extension")
    String extension(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.requestExtension(id, version, days, reason));
    }

    @PostMapping("/{id}/extension/decide")
    String decide(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean approve,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.decideExtension(id, version, approve));
    }

    @PostMapping("/{id}/supervise")
    String supervise(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        return act(id, flash, () -> cases.supervise(id, version, note));
    }

    @PostMapping("/{id}/supervisions/{sid}/reply")
    String reply(
            @PathVariable long id,
            @PathVariable long sid,
            @RequestParam(required = false) String reply,
            RedirectAttributes flash) {
        return act(id, flash, () -> {
            cases.replyToSupervision(id, sid, reply);
            return null;
        });
    }

    /** Runs an action; a broken rule comes back as the flash error on the case page (post/redirect/get). */
    private String act(long id, RedirectAttributes flash, java.util.function.Supplier<Object> action) {
        try {
            action.get();
            flash.addFlashAttribute("success", "case.saved");
        } catch (FieldRuleException e) {
            flash.addFlashAttribute("error", e.messageKey());
        }
        return "redirect:/cases/" + id;
    }
}
