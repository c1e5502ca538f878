package nl.maatstaf.account;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.authentication.AuthenticationDetailsSource;

/**
 * What a login attempt is counted against besides its username: the source address (the remote
 * address as the servlet container reports it, so X-Forwarded-For only counts where
 * {@code server.forward-headers-strategy} trusts a proxy) and the channel. Kept in the session
 * with the authentication, hence serializable.
 */
record LoginDetails(String sourceAddress, LoginChannel channel) implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static AuthenticationDetailsSource<HttpServletRequest, LoginDetails> source(LoginChannel channel) {
        return request -> new LoginDetails(SecurityText.address(request.getRemoteAddr()), channel);
    }
}
