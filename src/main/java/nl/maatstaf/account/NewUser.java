package nl.maatstaf.account;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new account as a page form or the API asks for it. The messages are bundle keys (without
 * braces, so the validator hands them over as they are), resolved where they are shown. The
 * organisation is not part of it: it comes from the path or the logged-in org-admin.
 */
record NewUser(
        @NotNull(message = "users.error.username")
        @Pattern(regexp = "[A-Za-z0-9._@-]{3,100}", message = "users.error.username")
        String username,

        @NotNull(message = "users.error.displayName")
        @Pattern(regexp = "(?s).*\\S.*", message = "users.error.displayName")
        @Size(max = 150, message = "users.error.displayName")
        String displayName,

        @Email(message = "users.error.email") @Size(max = 254, message = "users.error.email")
        String email,

        @NotNull(message = "users.error.role")
        @Pattern(regexp = "BEHEERDER|DEELNEMER|LEZER", message = "users.error.role")
        String role,

        boolean orgAdmin) {

    /** The same, with blanks around the texts removed and an empty e-mail address as none. */
    NewUser normalised() {
        String mail = email == null || email.isBlank() ? null : email.strip();
        return new NewUser(
                username == null ? null : username.strip(),
                displayName == null ? null : displayName.strip(),
                mail,
                role == null ? null : role.strip().toUpperCase(java.util.Locale.ROOT),
                orgAdmin);
    }
}
