package cn.xinjiuye.portal.common.web;

import org.springframework.stereotype.Component;

/** Masks personal data for display: {@code ${@mask.phone(p)}} in templates. */
@Component("mask")
public class Mask {

    /** 13812345678 becomes 138****5678. */
    public String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String p = phone.trim();
        if (p.length() < 7) {
            return "*".repeat(p.length());
        }
        return p.substring(0, 3) + "*".repeat(p.length() - 7) + p.substring(p.length() - 4);
    }

    /** 李小明 becomes 李**: the first character stays, so that a colleague can tell people apart on a page. */
    public String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String n = name.trim();
        int first = n.offsetByCodePoints(0, 1);
        return n.substring(0, first) + "*".repeat(n.codePointCount(first, n.length()));
    }

    /** A resident as staff pages name them: 李** 138****0011 (either part left out when unknown). */
    public String person(String name, String phone) {
        return (name(name) + " " + phone(phone)).trim();
    }

    /** An 18-character ID number keeps its first 3 and last 2 characters: 210***********123X becomes 210*************3X. */
    public String idNumber(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        String s = id.trim();
        if (s.length() <= 5) {
            return "*".repeat(s.length());
        }
        return s.substring(0, 3) + "*".repeat(s.length() - 5) + s.substring(s.length() - 2);
    }
}
