package cn.xinjiuye.portal.home.internal;

import cn.xinjiuye.portal.common.security.CurrentUser;
import cn.xinjiuye.portal.common.security.CurrentUsers;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** 首页: a start page with the to-do panel and the tasks of the signed-in role. */
@Controller
public class HomeController {

    private final TodoPanel todos;

    HomeController(TodoPanel todos) {
        this.todos = todos;
    }

    @GetMapping("/")
    String home(Model model) {
        CurrentUser user = CurrentUsers.require();
        model.addAttribute("user", user);
        model.addAttribute("todos", todos.todos(user));
        return "home/index";
    }
}
