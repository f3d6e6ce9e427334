package cn.xinjiuye.portal.audit;

/**
 * A domain record whose creates, updates and deletes go to the audit log. Annotate the entity with
 * {@code @EntityListeners(AuditListener.class)} and implement this.
 */
public interface Audited {

    Object getId();

    /** A short description for the log, with no secrets (no password hashes, no full ID numbers). */
    String auditSummary();
}
