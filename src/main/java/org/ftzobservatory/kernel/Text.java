package org.ftzobservatory.kernel;

import java.util.Locale;

/** A bilingual value: every user-facing name and summary exists in Chinese and English. */
public record Text(String zh, String en) {

    public static Text of(String zh, String en) {
        return new Text(zh, en);
    }

    /** English when the reader asked for it and we have it; Chinese otherwise (zh is the platform's default). */
    public String in(Locale locale) {
        boolean english = locale != null && "en".equals(locale.getLanguage());
        if (english && en != null && !en.isBlank()) {
            return en;
        }
        return zh != null && !zh.isBlank() ? zh : en;
    }
}
