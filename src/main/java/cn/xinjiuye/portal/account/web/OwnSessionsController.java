package cn.xinjiuye.portal.account.web;

import cn.xinjiuye.portal.account.internal.AccountSessionService;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;

/** 退出所有设备: a signed-in user ends all their sessions, this one too, and lands on the sign-in page that says so. */
@Controller
@RequiredArgsConstructor
class OwnSessionsController {

    private final AccountSessionService sessions;

    @PostMapping("/account/sessions/end")
    String signOutEverywhere() {
        sessions.endOwnEverywhere();
        // The next request comes with the ended session: EndedSessionFilter sends it to the sign-in page, with why.
        return "redirect:/";
    }
}
