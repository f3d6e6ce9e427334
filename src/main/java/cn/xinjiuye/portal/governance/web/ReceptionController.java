package cn.xinjiuye.portal.governance.web;

import cn.xinjiuye.portal.common.Phones;
import cn.xinjiuye.portal.common.web.FormFlow;
import cn.xinjiuye.portal.common.web.PageRequests;
import cn.xinjiuye.portal.governance.internal.CaseCategory;
import cn.xinjiuye.portal.governance.internal.ReceptionService;
import cn.xinjiuye.portal.governance.internal.ReceptionSession;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 周五会客厅: community secretaries record sessions; each concern-list row becomes a case due within a week. */
@Controller
@RequestMapping("/receptions")
@PreAuthorize("hasAnyRole('ADMIN','ORG_STAFF','STREET_STAFF','COMMUNITY_SECRETARY')")
@RequiredArgsConstructor
class ReceptionController {

    private final ReceptionService receptions;

    @GetMapping
    String list(@RequestParam(required = false) Integer page, Model model) {
        model.addAttribute("page", receptions.search(PageRequests.of(page, null)));
        return "governance/receptions";
    }

    @GetMapping("/new")
    String form(Model model) {
        ReceptionService.FormOptions options = receptions.formOptions();
        model.addAttribute("form", ReceptionForm.empty(options.onlyCommunity(), options.today()));
        return show(options, model);
    }

    @PostMapping
    String create(
            @Valid @ModelAttribute("form") ReceptionForm form,
            BindingResult binding,
            Model model,
            RedirectAttributes flash) {
        List<ReceptionService.Item> items = new ArrayList<>();
        for (int i = 0; i < ReceptionForm.ROWS; i++) {
            String text = ReceptionForm.at(form.itemText(), i);
            if (text == null || text.isBlank()) {
                continue;
            }
            CaseCategory category = ReceptionForm.at(form.itemCategory(), i);
            String phone = ReceptionForm.at(form.itemPhone(), i);
            if (phone != null && !phone.isBlank() && !Phones.isMobile(phone)) {
                binding.reject("case.error.phone");
            }
            boolean green = form.itemGreen() != null && form.itemGreen().contains(String.valueOf(i));
            items.add(new ReceptionService.Item(
                    category == null ? CaseCategory.OTHER : category,
                    text.length() > 1000 ? text.substring(0, 1000) : text,
                    ReceptionForm.at(form.itemVisitor(), i),
                    phone,
                    green));
        }
        return FormFlow.submit(
                binding,
                flash,
                "reception.saved",
                () -> "/receptions/" + record(form, items).getId(),
                () -> show(receptions.formOptions(), model));
    }

    private ReceptionSession record(ReceptionForm form, List<ReceptionService.Item> items) {
        return receptions.record(
                form.communityId(), form.heldOn(), form.venue(), form.official(), form.visitors(), items);
    }

    @GetMapping("/{id}")
    String show(@PathVariable long id, Model model) {
        model.addAttribute("page", receptions.page(id));
        return "governance/reception";
    }

    private String show(ReceptionService.FormOptions options, Model model) {
        model.addAttribute("communities", options.communities());
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute(
                "rows",
                java.util.stream.IntStream.range(0, ReceptionForm.ROWS).boxed().toList());
        return "governance/reception-form";
    }
}
