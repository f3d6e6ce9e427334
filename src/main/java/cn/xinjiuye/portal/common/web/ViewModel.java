package cn.xinjiuye.portal.common.web;

import java.lang.reflect.RecordComponent;
import org.springframework.ui.Model;

/**
 * Puts view records on the model, one attribute per component under its name, so that a controller hands a page
 * what one service call returned (and the filter it bound) without naming each attribute again.
 */
public final class ViewModel {

    private ViewModel() {}

    /** @return {@code view}, for the handler to return */
    public static String render(Model model, String view, Record... parts) {
        for (Record part : parts) {
            for (RecordComponent component : part.getClass().getRecordComponents()) {
                model.addAttribute(component.getName(), Records.read(component, part));
            }
        }
        return view;
    }
}
