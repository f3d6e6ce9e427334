package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** A feedback letter sent for a mobile member's half year, as the member's page and the letter show it. */
public record SentLetter(int year, int half, String evaluation, LocalDate sentOn) {

    static SentLetter of(FeedbackLetter l) {
        return new SentLetter(l.getYear(), l.getHalf(), l.getEvaluation(), l.getSentOn());
    }
}
