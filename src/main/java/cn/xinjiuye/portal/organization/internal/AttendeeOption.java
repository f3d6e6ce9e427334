package cn.xinjiuye.portal.organization.internal;

/** A person of a branch who may attend its meetings. */
public record AttendeeOption(Long id, String name, PoliticalStatus politicalStatus) {}
