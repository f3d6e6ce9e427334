package cn.xinjiuye.portal.care;

/** Recognitions of the article: 党员红旗车, 红的哥, 旅顺工匠 (and other titles). */
public enum RecognitionKind {
    RED_FLAG_CAR,
    RED_TAXI,
    CRAFTSMAN,
    OTHER;

    public String messageKey() {
        return "care.recognition.kind." + name();
    }
}
