/**
 * Shared plumbing every module may use: security (roles, the current user), web helpers (paging, forms, masks,
 * errors), Excel, persistence base classes and map settings. It depends on no module.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package cn.xinjiuye.portal.common;

import org.springframework.modulith.ApplicationModule;
