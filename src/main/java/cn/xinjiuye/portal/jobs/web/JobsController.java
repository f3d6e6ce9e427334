package cn.xinjiuye.portal.jobs.web;

import cn.xinjiuye.portal.jobs.internal.JobsAdmin;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators: the scheduled jobs (定时任务), their last run and a button to run one now. */
@Controller
@RequestMapping("/admin/jobs")
@RequiredArgsConstructor
class JobsController {

    private final JobsAdmin jobs;

    @GetMapping
    String list(Model model) {
        model.addAttribute("jobs", jobs.page());
        return "jobs/list";
    }

    @PostMapping("/{name}/run")
    String run(@PathVariable String name, RedirectAttributes flash) {
        if (jobs.runNow(name)) {
            flash.addFlashAttribute("success", "jobs.ran");
        } else {
            flash.addFlashAttribute("error", "jobs.busy");
        }
        return "redirect:/admin/jobs";
    }
}
