package nl.maatstaf.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/**
 * The rights of an existing account after a change: role, org-admin right and whether it is
 * active, with the lock_version it was read at, so a change made meanwhile is never overwritten.
 */
record AccessChange(
        @NotNull(message = "users.error.role")
        @Pattern(regexp = "BEHEERDER|DEELNEMER|LEZER", message = "users.error.role")
        String role,

        boolean orgAdmin,
        boolean active,
        @NotNull(message = "users.error.version") Integer version) {}
