package cn.xinjiuye.portal.common.images;

/** A photo re-encoded from its pixels alone (JPEG or PNG): no metadata, nothing after the image data. */
public record CleanImage(String contentType, byte[] bytes) {}
