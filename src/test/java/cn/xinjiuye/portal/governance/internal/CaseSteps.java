package cn.xinjiuye.portal.governance.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Staff steps on a demo case over HTTP (the dispatcher fukang, the fire brigade's xiaofang), and rolled-back ones. */
record CaseSteps(MockMvc mvc, JdbcTemplate jdbc, UserDetailsService users) {

    /** The action's POST by {@code as}, with the case's current version. */
    MockHttpServletRequestBuilder act(long id, String action, String as) {
        long version = jdbc.queryForObject("select version from gov_case where id = ?", Long.class, id);
        return post("/cases/{id}/" + action, id)
                .with(csrf())
                .with(user(users.loadUserByUsername(as)))
                .param("version", String.valueOf(version));
    }

    /** Performs a step that must succeed (a redirect back to the case). */
    void perform(MockHttpServletRequestBuilder request) throws Exception {
        mvc.perform(request).andExpect(status().is3xxRedirection());
    }

    /** The fire brigade, where xiaofang works. */
    long fireBrigade() {
        return jdbc.queryForObject(
                "select department_id from department_account da join account a on a.id = da.account_id "
                        + "where a.username = 'xiaofang'",
                Long.class);
    }

    /** Runs {@code work} signed in as {@code username} in a transaction that is then rolled back. */
    void rolledBack(String username, PlatformTransactionManager transactions, Runnable work) {
        UserDetails who = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(who, null, who.getAuthorities()));
        try {
            new TransactionTemplate(transactions).executeWithoutResult(tx -> {
                work.run();
                tx.setRollbackOnly();
            });
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
