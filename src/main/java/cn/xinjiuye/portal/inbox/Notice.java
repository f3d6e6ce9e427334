package cn.xinjiuye.portal.inbox;

import java.util.List;

/**
 * What one notice says: a message key with its arguments (rendered in the reader's language), the portal page it
 * links to, and an optional dedupe key that makes it unique per account (null: every event is its own notice).
 */
public record Notice(String messageKey, List<String> args, String link, String dedupeKey) {

    /** Arguments are stored in one column, separated by the ASCII unit separator (never typed by anyone). */
    static final String SEPARATOR = "\u001f";

    public Notice {
        args = List.copyOf(args);
        if (link == null || !link.startsWith("/") || link.startsWith("//")) {
            // The inbox redirects to the link: only pages of the portal itself.
            throw new IllegalArgumentException("a notice links to a path of the portal, not " + link);
        }
    }

    /** A notice of one event, e.g. {@code Notice.of("notice.case.assigned", "/cases/7", "GZ2026…")}. */
    public static Notice of(String messageKey, String link, String... args) {
        return new Notice(messageKey, List.of(args), link, null);
    }

    /** The arguments as stored. */
    public String joinedArgs() {
        return String.join(SEPARATOR, args);
    }

    /** The arguments of a stored notice. */
    public static List<String> splitArgs(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(SEPARATOR, -1));
    }
}
