package cn.xinjiuye.portal.account.web;

/** The password rule shared by every form that sets one: 8 to 64 characters with a letter and a digit. */
final class Passwords {

    static final String PATTERN = "^(?=.*[A-Za-z])(?=.*[0-9]).{8,64}$";

    private Passwords() {}
}
