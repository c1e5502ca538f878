package nl.maatstaf.account;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The absolute address of a one-time link. Configured with {@code maatstaf.base-url} (what users
 * reach the application at, e.g. behind a proxy); without it, the address of the current request.
 */
@Component
class AccountLinks {

    static final String ACTIVATION_PATH = "/account/activeren/";
    static final String RESET_PATH = "/account/herstellen/";

    private final String baseUrl;

    AccountLinks(@Value("${maatstaf.base-url:}") String baseUrl) {
        this.baseUrl = baseUrl.strip().replaceAll("/+$", "");
    }

    String link(AccountTokens.IssuedToken token) {
        String path = (token.purpose() == TokenPurpose.ACTIVATION ? ACTIVATION_PATH : RESET_PATH) + token.token();
        String base = baseUrl.isEmpty()
                ? ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()
                : baseUrl;
        return base + path;
    }
}
