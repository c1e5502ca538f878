package nl.maatstaf.account;

import java.time.Clock;
import java.util.OptionalLong;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Turning two-factor login on and off and checking a code at login. A code is accepted once:
 * the time step it matched is stored and no code of that step or an earlier one works again.
 */
@Service
class TwoFactorService {

    private final TwoFactorRows rows;
    private final AuditLog audit;
    private final Clock clock;

    TwoFactorService(TwoFactorRows rows, AuditLog audit, Clock clock) {
        this.rows = rows;
        this.audit = audit;
        this.clock = clock;
    }

    /** Whether two-factor login is on for the account, as stored now. */
    @Transactional(readOnly = true)
    boolean enabled(MaatstafUser user) {
        return rows.state(user.id()).map(TwoFactorRows.State::enabled).orElse(false);
    }

    /** The secret to enrol with: kept from an earlier visit of the page, or a new one. */
    @Transactional
    String enrolmentSecret(MaatstafUser user) {
        TwoFactorRows.State state = rows.state(user.id()).orElseThrow();
        if (state.secret() != null && !state.enabled()) {
            return state.secret();
        }
        rows.startEnrolment(user.id(), Totp.newSecret());
        return rows.state(user.id()).orElseThrow().secret();
    }

    /** Turns two-factor login on if the code matches the secret being enrolled. */
    @Transactional
    boolean confirm(MaatstafUser user, String code) {
        TwoFactorRows.State state = rows.state(user.id()).orElseThrow();
        if (state.enabled() || state.secret() == null || !accepted(user, state.secret(), code)) {
            return false;
        }
        rows.enable(user.id());
        audit.record(AuditEntry.action(
                user.getUsername(), user.organisationId(), "TWEESTAPSVERIFICATIE_AAN", "app_user", user.getUsername()));
        return true;
    }

    /** Turns two-factor login off if the code matches. */
    @Transactional
    boolean turnOff(MaatstafUser user, String code) {
        TwoFactorRows.State state = rows.state(user.id()).orElseThrow();
        if (!state.enabled() || !accepted(user, state.secret(), code)) {
            return false;
        }
        rows.disable(user.id());
        audit.record(AuditEntry.action(
                user.getUsername(), user.organisationId(), "TWEESTAPSVERIFICATIE_UIT", "app_user", user.getUsername()));
        return true;
    }

    /** The second step of a login. */
    @Transactional
    boolean verifyLogin(MaatstafUser user, String code) {
        TwoFactorRows.State state = rows.state(user.id()).orElseThrow();
        return state.enabled() && accepted(user, state.secret(), code);
    }

    private boolean accepted(MaatstafUser user, String secret, String code) {
        OptionalLong step = Totp.matchingStep(secret, code, clock.instant());
        return step.isPresent() && rows.acceptStep(user.id(), step.getAsLong());
    }
}
