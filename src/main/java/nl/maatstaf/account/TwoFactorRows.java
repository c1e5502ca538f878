package nl.maatstaf.account;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The TOTP columns of app_user. */
@Repository
class TwoFactorRows {

    private final JdbcClient jdbc;

    TwoFactorRows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<State> state(long userId) {
        return jdbc.sql("SELECT totp_secret, totp_enabled FROM app_user WHERE id = :id")
                .param("id", userId)
                .query((rs, row) -> new State(rs.getString("totp_secret"), rs.getBoolean("totp_enabled")))
                .optional();
    }

    /** Keeps a new secret to be confirmed; never replaces the secret of two-factor login that is on. */
    void startEnrolment(long userId, String secret) {
        jdbc.sql("UPDATE app_user SET totp_secret = :secret, totp_last_step = NULL WHERE id = :id AND NOT totp_enabled")
                .param("secret", secret)
                .param("id", userId)
                .update();
    }

    void enable(long userId) {
        jdbc.sql("UPDATE app_user SET totp_enabled = TRUE, lock_version = lock_version + 1 WHERE id = :id")
                .param("id", userId)
                .update();
    }

    void disable(long userId) {
        jdbc.sql("""
                        UPDATE app_user SET totp_enabled = FALSE, totp_secret = NULL, totp_last_step = NULL,
                                            lock_version = lock_version + 1
                        WHERE id = :id
                        """).param("id", userId).update();
    }

    /**
     * Records the time step of an accepted code; false when that step or a later one was already
     * used, so a code seen over someone's shoulder cannot be used again. One conditional update,
     * so two simultaneous uses of one code cannot both pass.
     */
    boolean acceptStep(long userId, long step) {
        return jdbc.sql("""
                                UPDATE app_user SET totp_last_step = :step
                                WHERE id = :id AND (totp_last_step IS NULL OR totp_last_step < :step)
                                """).param("step", step).param("id", userId).update() == 1;
    }

    /** The secret (during enrolment or in use) and whether two-factor login is on. */
    record State(String secret, boolean enabled) {
        @Override
        public String toString() {
            return "State[enabled=" + enabled + "]";
        }
    }
}
