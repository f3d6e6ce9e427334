package cn.xinjiuye.portal.architecture.modulefixtures.alpha.internal;

/** An internal type of the fixture module alpha. */
public class AlphaSecret {}
