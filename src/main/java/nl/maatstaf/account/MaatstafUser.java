package nl.maatstaf.account;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The logged-in user as kept in the (database-backed) session. The organisation id comes from
 * here and never from a request, so nobody can act for another organisation by editing a form.
 */
public final class MaatstafUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long id;
    private final String username;
    private String passwordHash;
    private final String displayName;
    private final Role role;
    private final Long organisationId;
    private final boolean orgAdmin;
    private final boolean enabled;
    private final boolean twoFactor;

    MaatstafUser(
            long id,
            String username,
            String passwordHash,
            String displayName,
            Role role,
            Long organisationId,
            boolean orgAdmin,
            boolean enabled,
            boolean twoFactor) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.displayName = displayName;
        this.role = role;
        this.organisationId = organisationId;
        this.orgAdmin = orgAdmin;
        this.enabled = enabled;
        this.twoFactor = twoFactor;
    }

    public long id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    public Role role() {
        return role;
    }

    /** The user's own organisation; null for a beheerder. */
    public Long organisationId() {
        return organisationId;
    }

    public boolean isOrgAdmin() {
        return orgAdmin;
    }

    /** Whether the account logs in with a TOTP code after its password. */
    public boolean hasTwoFactor() {
        return twoFactor;
    }

    public boolean isBeheerder() {
        return role == Role.BEHEERDER;
    }

    /** Reading an organisation's data: its own users, and the beheerder (audited elsewhere). */
    public boolean mayRead(long organisationIdToRead) {
        return isBeheerder() || (organisationId != null && organisationId == organisationIdToRead);
    }

    /** Changing an organisation's data: its own deelnemers, and the beheerder. Never a lezer. */
    public boolean mayEdit(long organisationIdToEdit) {
        return isBeheerder()
                || (role == Role.DEELNEMER && organisationId != null && organisationId == organisationIdToEdit);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        if (orgAdmin) {
            authorities.add(new SimpleGrantedAuthority("ROLE_ORG_ADMIN"));
        }
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof MaatstafUser that && that.id == id;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(id);
    }

    @Override
    public String toString() {
        return "MaatstafUser[" + username + "]";
    }
}
