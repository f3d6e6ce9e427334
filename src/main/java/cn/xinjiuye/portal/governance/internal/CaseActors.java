package cn.xinjiuye.portal.governance.internal;

import cn.xinjiuye.portal.account.AccountDirectory;
import cn.xinjiuye.portal.account.AccountDirectory.AccountCard;
import cn.xinjiuye.portal.common.Actor;
import cn.xinjiuye.portal.common.security.Role;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import lombok.RequiredArgsConstructor;
import org.springframework.stereotype.Component;

/**
 * The people behind the actor names of a case's timeline and supervision notes, as the staff page names them. A
 * worker's user name is their mobile number, so an account is named by its display name (masked with the phone for
 * a worker); a step without a signed-in person is 匿名群众, the system's own steps 系统, the tracking page's 报告人.
 */
@Component
@RequiredArgsConstructor
class CaseActors {

    /** What Spring Security calls a caller who has not signed in. */
    static final String ANONYMOUS = "anonymousUser";

    static final String REPORTER = "reporter";

    private static final Pattern DIGITS = Pattern.compile("\\d{7,}");

    private final AccountDirectory accounts;

    /** Each of these actor names with the person it stands for. */
    Map<String, Actor> of(Collection<String> names) {
        Map<String, AccountCard> cards = accounts.byUsernames(names);
        Map<String, Actor> actors = new HashMap<>();
        for (String name : names) {
            if (name != null) {
                actors.put(name, actor(name, cards.get(name.trim().toLowerCase(Locale.ROOT))));
            }
        }
        return actors;
    }

    private static Actor actor(String name, AccountCard card) {
        if (card != null) {
            return card.role() == Role.WORKER
                    ? Actor.resident(card.displayName(), card.phone() != null ? card.phone() : card.username())
                    : Actor.staff(card.displayName());
        }
        return switch (name) {
            case ANONYMOUS, "anonymous" -> Actor.nobody("case.actor.anonymous");
            case SystemCaseEvents.ACTOR -> Actor.nobody("case.actor.system");
            case REPORTER -> Actor.nobody("case.actor.reporter");
            // an account no longer on file: a number is still somebody's phone
            default -> DIGITS.matcher(name).matches() ? Actor.resident(null, name) : Actor.staff(name);
        };
    }
}
