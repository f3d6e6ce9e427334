package cn.xinjiuye.portal.account.internal;

import lombok.RequiredArgsConstructor;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

@Service
@RequiredArgsConstructor
public class AccountUserDetailsService implements UserDetailsService {

    private final AccountService accounts;

    @Override
    public UserDetails loadUserByUsername(String username) {
        return accounts.loadForSignIn(username).orElseThrow(() -> new UsernameNotFoundException("unknown user"));
    }
}
