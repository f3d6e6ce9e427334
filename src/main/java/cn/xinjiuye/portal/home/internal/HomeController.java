package cn.xinjiuye.portal.home.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * 首页: for a visitor the public start page (find a station, report, follow a report, sign in); for a signed-in
 * person the to-do panel and the tasks of their role.
 */
@Controller
@RequiredArgsConstructor
public class HomeController {

    private final TodoPanel todos;

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUsers.find().orElse(null);
        if (user == null) {
            return "home/start";
        }
        model.addAttribute("user", user);
        model.addAttribute("todos", todos.todos(user));
        return "home/index";
    }
}
