package cn.xinjiuye.portal.inbox.web;

import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.common.web.ViewModel;
import cn.xinjiuye.portal.inbox.internal.NotificationService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in account's inbox: its notices page by page, opening one (marks it read), marking read. */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationController {

    private final NotificationService notifications;

    @GetMapping
    String list(
            @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size, Model model) {
        return ViewModel.render(model, "inbox/list", notifications.page(PageRequests.of(page, size)));
    }

    /** The notice's record, the notice marked read on the way. */
    @GetMapping("/{id}")
    String open(@PathVariable long id) {
        return "redirect:" + notifications.open(id);
    }

    @PostMapping("/{id}/read")
    String markRead(@PathVariable long id, RedirectAttributes flash) {
        return FormFlow.attempt(flash, "inbox.markedRead", () -> notifications.markRead(id), "/notifications");
    }

    @PostMapping("/read-all")
    String markAllRead(RedirectAttributes flash) {
        return FormFlow.attempt(flash, "inbox.markedAllRead", notifications::markAllRead, "/notifications");
    }
}
