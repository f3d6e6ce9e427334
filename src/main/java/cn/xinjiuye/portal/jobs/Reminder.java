package cn.xinjiuye.portal.jobs;

import java.time.LocalDate;
import java.util.List;

/**
 * A reminder for one account: a message key with its arguments, the page it links to, the day it is about, and a key
 * that makes it unique for that account (a job run twice leaves one reminder).
 */
public record Reminder(
        long accountId, String messageKey, List<String> args, String link, LocalDate day, String dedupeKey) {

    public Reminder {
        args = List.copyOf(args);
    }
}
