package cn.xinjiuye.portal.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.validation.BindingResult;

/** The errors of a re-rendered form "form" as field → code (global errors under ""): what the page says, no more. */
public final class FormErrors {

    private FormErrors() {}

    public static Map<String, String> of(MvcResult result) {
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        BindingResult binding =
                (BindingResult) result.getModelAndView().getModel().get(BindingResult.MODEL_KEY_PREFIX + "form");
        Map<String, String> errors = new TreeMap<>();
        binding.getFieldErrors().forEach(e -> errors.put(e.getField(), e.getCode()));
        binding.getGlobalErrors().forEach(e -> errors.put("", e.getCode()));
        return errors;
    }
}
