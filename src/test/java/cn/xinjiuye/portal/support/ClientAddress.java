package cn.xinjiuye.portal.support;

import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A MockMvc request from a client address, for the portal's per-address limits. */
public final class ClientAddress {

    private ClientAddress() {}

    public static RequestPostProcessor of(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
