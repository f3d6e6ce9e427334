package cn.xinjiuye.portal.common.web;

import java.io.StringWriter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateSpec;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.context.IWebContext;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.spring6.naming.SpringContextVariableNames;
import org.thymeleaf.templatemode.TemplateMode;

/**
 * {@code <th:block portal:once="fragments/navbar :: visitors"/>}: a fragment whose markup depends on the language
 * alone, rendered once per language and then copied into every page. Made for the public pages' fixed parts (the
 * visitors' navigation bar, the links in head, the footer and its scripts, the finder's legend and travel-mode sheet),
 * which a profile found to be half of the couriers' nearby page's rendering.
 *
 * <p>The fragment is rendered in a context of its own: the request (for links) and the language, none of the page's
 * model, so a value of the page cannot slip into the copy. It must not hold per-request markup either (a form's CSRF
 * token, a user's name). With Thymeleaf's template cache off (development) it is rendered every time.
 */
@Component
public class OnceFragments extends AbstractProcessorDialect {

    /** The context variables Spring's Thymeleaf integration needs to render links, messages and bean references. */
    private static final String[] INFRASTRUCTURE = {
        ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
        SpringContextVariableNames.SPRING_REQUEST_CONTEXT,
        SpringContextVariableNames.THYMELEAF_REQUEST_CONTEXT
    };

    private final MessageSource messages;
    /** Keyed by fragment and bundle: both finite (the templates' attribute values, the message bundles). */
    private final Map<String, String> rendered = new ConcurrentHashMap<>();

    OnceFragments(MessageSource messages) {
        super("Portal", "portal", 1000);
        this.messages = messages;
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        return Set.of(new Once(prefix));
    }

    /** How many copies are kept (for tests: bounded by fragments × bundles, whatever locales are asked). */
    int copies() {
        return rendered.size();
    }

    /** What a locale's copies are keyed by: the bundle it resolves to, so odd locales share their bundle's copies. */
    private String bundle(Locale locale) {
        return messages.getMessage("i18n.bundle", null, locale);
    }

    private String markup(ITemplateContext context, String fragment) {
        if (!context.getTemplateData().getValidity().isCacheable()) {
            return render(context, fragment);
        }
        String key = fragment + '|' + bundle(context.getLocale());
        String markup = rendered.get(key);
        if (markup == null) {
            // Rendered outside the map's lock: two first requests may both render it, with the same result.
            markup = render(context, fragment);
            rendered.putIfAbsent(key, markup);
        }
        return markup;
    }

    private static String render(ITemplateContext context, String fragment) {
        int separator = fragment.indexOf("::");
        if (separator < 0 || !(context instanceof IWebContext web)) {
            throw new TemplateProcessingException(
                    "portal:once needs \"template :: fragment\" on a web page, got \"" + fragment + "\"");
        }
        Map<String, Object> infrastructure = new HashMap<>();
        for (String name : INFRASTRUCTURE) {
            if (context.containsVariable(name)) {
                infrastructure.put(name, context.getVariable(name));
            }
        }
        TemplateSpec spec = new TemplateSpec(
                fragment.substring(0, separator).trim(),
                Set.of(fragment.substring(separator + 2).trim()),
                TemplateMode.HTML,
                null);
        StringWriter out = new StringWriter();
        context.getConfiguration()
                .getTemplateManager()
                .parseAndProcess(spec, new WebContext(web.getExchange(), context.getLocale(), infrastructure), out);
        return out.toString();
    }

    /**
     * The attribute: replaces its element by the fragment's markup, as th:replace would, but made once. It runs after
     * th:each, th:if and th:unless (precedence 200, 300, 400), so that a condition on the same element still decides.
     */
    private final class Once extends AbstractAttributeTagProcessor {

        Once(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "once", true, 450, true);
        }

        @Override
        protected void doProcess(
                ITemplateContext context,
                IProcessableElementTag tag,
                AttributeName attributeName,
                String fragment,
                IElementTagStructureHandler structure) {
            structure.replaceWith(markup(context, fragment), false);
        }
    }
}
