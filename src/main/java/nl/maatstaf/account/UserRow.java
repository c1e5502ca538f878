package nl.maatstaf.account;

import java.time.OffsetDateTime;

/** One account as the user pages and the API list it; never with its password or TOTP secret. */
record UserRow(
        long id,
        String username,
        String displayName,
        String email,
        Role role,
        Long organisationId,
        boolean orgAdmin,
        boolean enabled,
        boolean activated,
        boolean twoFactor,
        OffsetDateTime lastLoginAt,
        int lockVersion) {

    /** Whether the account may manage its organisation's users right now. */
    boolean activeOrgAdmin() {
        return orgAdmin && enabled;
    }
}
