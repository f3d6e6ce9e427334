package cn.xinjiuye.portal.organization.internal;

import java.time.LocalDate;

/** A meeting in a list (a branch's meetings, a feedback letter), with how many attended. */
public record MeetingRow(Long id, LocalDate heldOn, MeetingKind kind, boolean online, String topic, int attendees) {}
