package cn.xinjiuye.portal.organization.internal;

/** A record to choose in a form (a branch, an employer, a parent organization, a member): its id and name. */
public record Choice(Long id, String name) {}
