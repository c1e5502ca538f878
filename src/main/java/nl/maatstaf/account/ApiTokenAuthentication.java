package nl.maatstaf.account;

import java.io.Serial;
import java.time.Instant;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/** An API call authenticated with a personal token: the account as stored now, and the token's scope. */
final class ApiTokenAuthentication extends AbstractAuthenticationToken {

    @Serial
    private static final long serialVersionUID = 1L;

    private final MaatstafUser user;
    private final long tokenId;
    private final ApiTokenScope scope;
    private final Instant expiresAt;

    ApiTokenAuthentication(MaatstafUser user, long tokenId, ApiTokenScope scope, Instant expiresAt) {
        super(user.getAuthorities());
        this.user = user;
        this.tokenId = tokenId;
        this.scope = scope;
        this.expiresAt = expiresAt;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        // The token is not kept once checked.
        return null;
    }

    @Override
    public MaatstafUser getPrincipal() {
        return user;
    }

    long tokenId() {
        return tokenId;
    }

    ApiTokenScope scope() {
        return scope;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
