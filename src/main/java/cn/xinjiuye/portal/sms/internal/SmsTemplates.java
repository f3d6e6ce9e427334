package cn.xinjiuye.portal.sms.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The text of each message kind, in Chinese (providers in China send registered templates only), from
 * {@code sms/templates.properties}: {@code ${name}} is a parameter. The Aliyun template registered for a kind must
 * have the same text; its code is a setting ({@code portal.sms.aliyun.template-codes.<kind>}).
 */
@Component
public class SmsTemplates {

    /** The text, or why there is none. */
    public record Rendered(String text, String error) {}

    /** The opt-out instruction that every message except a verification code ends with. */
    public static final String OPT_OUT = "回T退订";

    private static final Pattern PARAM = Pattern.compile("\\$\\{([a-zA-Z0-9]+)}");

    private final Properties texts = new Properties();

    SmsTemplates() throws IOException {
        try (Reader r = new InputStreamReader(
                new ClassPathResource("sms/templates.properties").getInputStream(), StandardCharsets.UTF_8)) {
            texts.load(r);
        }
    }

    /** A verification code the person asked for (kind {@code *-code}): no opt-out, and sent despite one. */
    public static boolean isCode(String kind) {
        return kind != null && kind.endsWith("-code");
    }

    public Set<String> kinds() {
        return new TreeSet<>(texts.stringPropertyNames());
    }

    public String template(String kind) {
        return kind == null ? null : texts.getProperty(kind);
    }

    /** The kind's text with its parameters filled in; an error when the kind has no template or misses a value. */
    public Rendered render(String kind, Map<String, String> params) {
        String template = template(kind);
        if (template == null) {
            return new Rendered(null, "no template for kind '" + kind + "'");
        }
        Matcher m = PARAM.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String value = params.get(m.group(1));
            if (value == null) {
                return new Rendered(null, "parameter '" + m.group(1) + "' missing for kind '" + kind + "'");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return new Rendered(out.toString(), null);
    }
}
