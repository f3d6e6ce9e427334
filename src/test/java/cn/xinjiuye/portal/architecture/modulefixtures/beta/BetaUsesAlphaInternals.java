package cn.xinjiuye.portal.architecture.modulefixtures.beta;

import cn.xinjiuye.portal.architecture.modulefixtures.alpha.AlphaApi;
import cn.xinjiuye.portal.architecture.modulefixtures.alpha.internal.AlphaSecret;

/** Breaks the module boundary: reaches into alpha's internal package. */
public class BetaUsesAlphaInternals {

    AlphaApi api;
    AlphaSecret secret;
}
