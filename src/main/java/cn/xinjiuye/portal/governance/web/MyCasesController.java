package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.governance.internal.ReporterCases;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 我的上报: a signed-in worker's own reports with their progress. */
@Controller
@RequiredArgsConstructor
class MyCasesController {

    private final ReporterCases reporterCases;

    @GetMapping("/my/cases")
    String mine(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", reporterCases.mine(PageRequests.of(page, 10)));
        return "governance/my-cases";
    }
}
