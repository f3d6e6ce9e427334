package cn.xinjiuye.portal.account;

import org.springframework.security.authentication.LockedException;

/** A sign-in refused before its password was checked: locked (name and address) or throttled (address). */
public class SignInRefusedException extends LockedException {

    private final transient SignInAttempts.Admission admission;

    public SignInRefusedException(SignInAttempts.Admission admission) {
        super(admission.verdict().name().toLowerCase(java.util.Locale.ROOT));
        this.admission = admission;
    }

    public SignInAttempts.Admission admission() {
        return admission;
    }
}
