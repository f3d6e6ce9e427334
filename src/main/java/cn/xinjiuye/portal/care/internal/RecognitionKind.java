package cn.xinjiuye.portal.care.internal;

import cn.xinjiuye.portal.common.Labelled;

/** Recognitions of the article: 党员红旗车, 红的哥, 旅顺工匠 (and other titles). */
public enum RecognitionKind implements Labelled {
    RED_FLAG_CAR,
    RED_TAXI,
    CRAFTSMAN,
    OTHER;

    @Override
    public String messageKey() {
        return "care.recognition.kind." + name();
    }
}
