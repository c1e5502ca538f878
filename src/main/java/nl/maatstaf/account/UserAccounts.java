package nl.maatstaf.account;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creates and looks up user accounts; also the user source for login. */
@Service
public class UserAccounts implements UserDetailsService {

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserAccounts(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public MaatstafUser loadUserByUsername(String username) {
        return find(username).orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
    }

    @Transactional(readOnly = true)
    public Optional<MaatstafUser> find(String username) {
        return jdbc.sql("""
                        SELECT id, username, password_hash, display_name, role, organisation_id, org_admin, enabled, totp_enabled
                        FROM app_user WHERE username = :username
                        """)
                .param("username", username)
                .query(UserAccounts::map)
                .optional();
    }

    @Transactional(readOnly = true)
    public List<MaatstafUser> ofOrganisation(long organisationId) {
        return jdbc.sql("""
                        SELECT id, username, password_hash, display_name, role, organisation_id, org_admin, enabled, totp_enabled
                        FROM app_user WHERE organisation_id = :organisationId ORDER BY username
                        """)
                .param("organisationId", organisationId)
                .query(UserAccounts::map)
                .list();
    }

    @Transactional(readOnly = true)
    public boolean hasAdministrator() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user WHERE role = 'BEHEERDER'")
                        .query(Integer.class)
                        .single()
                > 0;
    }

    @Transactional
    public long create(NewAccount account) {
        if (find(account.username()).isPresent()) {
            throw new IllegalArgumentException("Username already taken: " + account.username());
        }
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, role, organisation_id, org_admin,
                                              enabled, created_at)
                        VALUES (:username, :hash, :displayName, :role, :organisationId, :orgAdmin, TRUE, :at)
                        """)
                .param("username", account.username())
                .param("hash", passwordEncoder.encode(account.password()))
                .param("displayName", account.displayName())
                .param("role", account.role().name())
                .param("organisationId", account.organisationId())
                .param("orgAdmin", account.orgAdmin())
                .param("at", OffsetDateTime.now(clock))
                .update();
        return find(account.username()).orElseThrow().id();
    }

    /** Whether the password is the account's current one. */
    @Transactional(readOnly = true)
    public boolean hasPassword(long userId, String password) {
        return jdbc.sql("SELECT password_hash FROM app_user WHERE id = :id")
                .param("id", userId)
                .query(String.class)
                .optional()
                .map(hash -> password != null && passwordEncoder.matches(password, hash))
                .orElse(false);
    }

    /** Stores a new password (hashed); the caller has applied the password policy. */
    @Transactional
    public void changePassword(long userId, String newPassword) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, lock_version = lock_version + 1 WHERE id = :id")
                .param("hash", passwordEncoder.encode(newPassword))
                .param("id", userId)
                .update();
    }

    private static MaatstafUser map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        // Read as an object: wasNull() after later columns would tell about those, not this one,
        // and turn a beheerder without organisation into one of organisation 0.
        Long organisationId = rs.getObject("organisation_id", Long.class);
        return new MaatstafUser(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("password_hash"),
                rs.getString("display_name"),
                Role.valueOf(rs.getString("role")),
                organisationId,
                rs.getBoolean("org_admin"),
                rs.getBoolean("enabled"),
                rs.getBoolean("totp_enabled"));
    }

    /**
     * The active org-admins of an organisation with their e-mail address where one is known: the
     * people to approach about the organisation's participation.
     */
    @Transactional(readOnly = true)
    public List<Contact> orgAdminContacts(long organisationId) {
        return jdbc.sql("""
                        SELECT display_name, email FROM app_user
                        WHERE organisation_id = :organisationId AND org_admin AND enabled
                        ORDER BY display_name
                        """)
                .param("organisationId", organisationId)
                .query((rs, n) -> new Contact(rs.getString("display_name"), rs.getString("email")))
                .list();
    }

    /** A person to contact; {@code email} is null when the account has none. */
    public record Contact(String displayName, String email) {}

    /** What is needed to create an account; the password is hashed before it is stored. */
    public record NewAccount(
            String username, String password, String displayName, Role role, Long organisationId, boolean orgAdmin) {}
}
