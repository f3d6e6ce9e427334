package cn.xinjiuye.portal.governance.internal;

/** Image bytes of a known type with location and other metadata removed. */
public record CleanPhoto(String contentType, byte[] bytes) {}
