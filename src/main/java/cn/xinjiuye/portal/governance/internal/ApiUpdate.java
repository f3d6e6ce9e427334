package cn.xinjiuye.portal.governance.internal;

import java.time.Instant;

/** A step of a case's timeline as FixMyStreet's updates extension reads it (no actor: staff names stay inside). */
record ApiUpdate(long eventId, String caseNo, CaseAction action, String note, Instant at) {}
