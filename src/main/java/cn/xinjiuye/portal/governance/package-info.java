/**
 * Governance (基层治理): reports of hazards (随手拍), Friday receptions and their concern lists (问题清单), routed to
 * responsible departments, with working-day deadlines, supervision (督办) and ratings; Open311 for other systems.
 * Its API is the events {@link cn.xinjiuye.portal.governance.CaseFiled} and
 * {@link cn.xinjiuye.portal.governance.CaseRejected}; everything else is internal.
 */
package cn.xinjiuye.portal.governance;
