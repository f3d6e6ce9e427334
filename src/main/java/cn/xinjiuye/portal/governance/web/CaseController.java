package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.map.MapProperties;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.CaseModeration;
import cn.xinjiuye.portal.governance.internal.CasePhoto;
import cn.xinjiuye.portal.governance.internal.CaseQueries;
import cn.xinjiuye.portal.governance.internal.CaseStatus;
import cn.xinjiuye.portal.governance.internal.CaseWorkflowService;
import java.io.IOException;
import lombok.RequiredArgsConstructor;
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

/**
 * Cases for staff: the list of their scope (or department), the overdue list, a case with its timeline and actions.
 * Each page is one call to {@link CaseQueries}; each action one call to {@link CaseWorkflowService}.
 */
@Controller
@RequestMapping("/cases")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY','DEPARTMENT_STAFF')")
@RequiredArgsConstructor
class CaseController {

    private final CaseQueries queries;
    private final CaseWorkflowService workflow;
    private final CaseModeration moderation;
    private final MapProperties map;

    @GetMapping
    String list(CaseQueries.Filter filter, Integer page, Model model) {
        model.addAttribute("list", queries.list(filter, PageRequests.of(page, null)));
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("categories", CaseCategory.values());
        return "governance/list";
    }

    @GetMapping("/overdue")
    String overdue(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("rows", queries.overdue(PageRequests.of(page, null)));
        return "governance/overdue";
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", queries.page(id));
        model.addAttribute("map", map);
        return "governance/show";
    }

    @GetMapping("/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable long id, @PathVariable long photoId) {
        CasePhoto p = queries.photo(id, photoId);
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
        return act(id, flash, () -> workflow.accept(id, version, green));
    }

    @PostMapping("/{id}/reject")
    String reject(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.reject(id, version, reason));
    }

    @PostMapping("/{id}/reopen")
    String reopen(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.reopen(id, version, reason));
    }

    @PostMapping("/{id}/assign")
    String assign(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Long departmentId,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.assign(id, version, departmentId));
    }

    @PostMapping("/{id}/start")
    String start(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return act(id, flash, () -> workflow.start(id, version));
    }

    @PostMapping("/{id}/return")
    String giveBack(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        String back = act(id, flash, () -> workflow.giveBack(id, version, reason));
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
        return act(id, flash, () -> workflow.resolve(id, version, note, bytes));
    }

    @PostMapping("/{id}/verify")
    String verify(@PathVariable long id, @RequestParam long version, RedirectAttributes flash) {
        return act(id, flash, () -> workflow.verify(id, version));
    }

    @PostMapping("/{id}/extension")
    String extension(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) Integer days,
            @RequestParam(required = false) String reason,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.requestExtension(id, version, days, reason));
    }

    @PostMapping("/{id}/extension/decide")
    String decide(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam boolean approve,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.decideExtension(id, version, approve));
    }

    @PostMapping("/{id}/supervise")
    String supervise(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(required = false) String note,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.supervise(id, version, note));
    }

    @PostMapping("/{id}/supervisions/{sid}/reply")
    String reply(
            @PathVariable long id,
            @PathVariable long sid,
            @RequestParam(required = false) Long version,
            @RequestParam(required = false) String reply,
            RedirectAttributes flash) {
        return act(id, flash, () -> workflow.replyToSupervision(id, sid, FormFlow.version(version), reply));
    }

    /** Moderation: whether Open311 shows the case without a key, and its public text. */
    @PostMapping("/{id}/publication")
    String publish(
            @PathVariable long id,
            @RequestParam long version,
            @RequestParam(name = "publicVisible", defaultValue = "false") boolean visible,
            @RequestParam(required = false) String publicText,
            RedirectAttributes flash) {
        return act(id, flash, () -> moderation.publish(id, version, visible, publicText));
    }

    /** Runs an action; a broken rule comes back as the flash error on the case page (post/redirect/get). */
    private static String act(long id, RedirectAttributes flash, Runnable action) {
        return FormFlow.attempt(flash, "case.saved", action, "/cases/" + id);
    }
}
