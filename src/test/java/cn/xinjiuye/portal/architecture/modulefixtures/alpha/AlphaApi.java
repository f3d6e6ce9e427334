package cn.xinjiuye.portal.architecture.modulefixtures.alpha;

/** The API of the fixture module alpha. */
public class AlphaApi {}
