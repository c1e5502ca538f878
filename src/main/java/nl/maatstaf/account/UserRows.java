package nl.maatstaf.account;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Repository;

/** The app_user rows behind the user pages and the API; every change is conditional on lock_version. */
@Repository
class UserRows {

    private static final String COLUMNS = """
            SELECT id, username, display_name, email, role, organisation_id, org_admin, enabled,
                   password_hash IS NOT NULL AS activated, totp_enabled, last_login_at, lock_version
            FROM app_user
            """;

    private final JdbcClient jdbc;
    private final PasswordEncoder passwordEncoder;
    private final Clock clock;

    UserRows(JdbcClient jdbc, PasswordEncoder passwordEncoder, Clock clock) {
        this.jdbc = jdbc;
        this.passwordEncoder = passwordEncoder;
        this.clock = clock;
    }

    /** All accounts, or those of one organisation; beheerders first, then by username. */
    List<UserRow> list(Long organisationId) {
        String order = " ORDER BY CASE WHEN role = 'BEHEERDER' THEN 0 ELSE 1 END, username";
        if (organisationId == null) {
            return jdbc.sql(COLUMNS + order).query(UserRows::map).list();
        }
        return jdbc.sql(COLUMNS + " WHERE organisation_id = :organisationId" + order)
                .param("organisationId", organisationId)
                .query(UserRows::map)
                .list();
    }

    Optional<UserRow> find(long id) {
        return jdbc.sql(COLUMNS + " WHERE id = :id")
                .param("id", id)
                .query(UserRows::map)
                .optional();
    }

    Optional<UserRow> findByUsername(String username) {
        return jdbc.sql(COLUMNS + " WHERE username = :username")
                .param("username", username)
                .query(UserRows::map)
                .optional();
    }

    /** The account with this username, or else the only account with this e-mail address. */
    Optional<UserRow> findByUsernameOrEmail(String value) {
        Optional<UserRow> byName = findByUsername(value);
        if (byName.isPresent()) {
            return byName;
        }
        List<UserRow> byEmail = jdbc.sql(COLUMNS + " WHERE LOWER(email) = LOWER(:email)")
                .param("email", value)
                .query(UserRows::map)
                .list();
        return byEmail.size() == 1 ? Optional.of(byEmail.get(0)) : Optional.empty();
    }

    /** A new account without a password: it can only be used after activation. */
    long insertWithoutPassword(
            String username, String displayName, String email, Role role, Long organisationId, boolean orgAdmin) {
        jdbc.sql("""
                        INSERT INTO app_user (username, password_hash, display_name, email, role, organisation_id,
                                              org_admin, enabled, created_at)
                        VALUES (:username, NULL, :displayName, :email, :role, :organisationId, :orgAdmin, TRUE, :at)
                        """)
                .param("username", username)
                .param("displayName", displayName)
                .param("email", email)
                .param("role", role.name())
                .param("organisationId", organisationId)
                .param("orgAdmin", orgAdmin)
                .param("at", OffsetDateTime.now(clock))
                .update();
        return findByUsername(username).orElseThrow().id();
    }

    /** Sets role, org-admin right and active state if nobody changed the account since {@code lockVersion}. */
    boolean updateAccess(long id, int lockVersion, Role role, boolean orgAdmin, boolean enabled) {
        return jdbc.sql("""
                        UPDATE app_user SET role = :role, org_admin = :orgAdmin, enabled = :enabled,
                                            lock_version = lock_version + 1
                        WHERE id = :id AND lock_version = :version
                        """)
                        .param("role", role.name())
                        .param("orgAdmin", orgAdmin)
                        .param("enabled", enabled)
                        .param("id", id)
                        .param("version", lockVersion)
                        .update()
                == 1;
    }

    /** Sets the password of an activation or reset (hashed); the caller applied the policy. */
    void setPassword(long id, String password) {
        jdbc.sql("UPDATE app_user SET password_hash = :hash, lock_version = lock_version + 1 WHERE id = :id")
                .param("hash", passwordEncoder.encode(password))
                .param("id", id)
                .update();
    }

    /**
     * The number of active org-admins of the organisation. Their rows stay locked until the
     * caller's transaction ends, so two org-admins demoting each other at once cannot both pass
     * the check that one remains.
     */
    int activeOrgAdmins(long organisationId) {
        return jdbc.sql("""
                        SELECT id FROM app_user
                        WHERE organisation_id = :organisationId AND org_admin AND enabled
                        FOR UPDATE
                        """)
                .param("organisationId", organisationId)
                .query(Long.class)
                .list()
                .size();
    }

    /** Like {@link #activeOrgAdmins}, with the rows locked for the same reason. */
    int activeBeheerders() {
        return jdbc.sql("SELECT id FROM app_user WHERE role = 'BEHEERDER' AND enabled FOR UPDATE")
                .query(Long.class)
                .list()
                .size();
    }

    void recordLogin(String username) {
        jdbc.sql("UPDATE app_user SET last_login_at = :at WHERE username = :username")
                .param("at", OffsetDateTime.now(clock))
                .param("username", username)
                .update();
    }

    private static UserRow map(ResultSet rs, int row) throws SQLException {
        long organisationId = rs.getLong("organisation_id");
        Long organisation = rs.wasNull() ? null : organisationId;
        return new UserRow(
                rs.getLong("id"),
                rs.getString("username"),
                rs.getString("display_name"),
                rs.getString("email"),
                Role.valueOf(rs.getString("role")),
                organisation,
                rs.getBoolean("org_admin"),
                rs.getBoolean("enabled"),
                rs.getBoolean("activated"),
                rs.getBoolean("totp_enabled"),
                rs.getObject("last_login_at", OffsetDateTime.class),
                rs.getInt("lock_version"));
    }
}
