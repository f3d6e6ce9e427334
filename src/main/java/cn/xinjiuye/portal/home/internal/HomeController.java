package cn.xinjiuye.portal.home.internal;

import cn.xinjiuye.portal.common.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: a start page with the tasks of the signed-in role. */
@Controller
public class HomeController {

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("user", CurrentUsers.require());
        return "home/index";
    }
}
