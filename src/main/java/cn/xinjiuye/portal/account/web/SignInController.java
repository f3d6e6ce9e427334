package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.SignInAttempts;
import cn.xinjiuye.portal.account.internal.SessionEndReason;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page. Spring Security handles the POST /login itself. */
@Controller
@RequiredArgsConstructor
class SignInController {

    private final SignInAttempts attempts;

    /**
     * The sign-in page. {@code ended} names why a session was ended (anything that is no reason is ignored);
     * {@code ?locked=5} or {@code ?throttled=15} the minutes to wait, as the failure handler found them.
     */
    @GetMapping("/login")
    String login(
            @RequestParam(required = false) String ended,
            @RequestParam(required = false) String locked,
            @RequestParam(required = false) String throttled,
            Model model) {
        model.addAttribute("endedReason", SessionEndReason.parse(ended).orElse(null));
        model.addAttribute("waitMinutes", waitMinutes(locked != null ? locked : throttled));
        return "account/login";
    }

    /** A number from the query string, kept between 1 and the longest wait there is (it may have been edited). */
    private long waitMinutes(String param) {
        long longest = attempts.longestWaitMinutes();
        try {
            return Math.max(1, Math.min(longest, Long.parseLong(param == null ? "" : param.trim())));
        } catch (NumberFormatException e) {
            return longest;
        }
    }
}
