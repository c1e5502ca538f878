package nl.maatstaf.account;

import java.time.Instant;

/** A stored API token as listed: never the token itself, which is not stored. */
record ApiTokenRow(
        long id,
        long userId,
        String username,
        Long organisationId,
        String name,
        String prefix,
        ApiTokenScope scope,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String revokedBy) {

    enum State {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    State state(Instant now) {
        if (revokedAt != null) {
            return State.REVOKED;
        }
        return expiresAt.isAfter(now) ? State.ACTIVE : State.EXPIRED;
    }
}
