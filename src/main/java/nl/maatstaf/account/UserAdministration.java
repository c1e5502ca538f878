package nl.maatstaf.account;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import nl.maatstaf.account.UserChangeRefused.Kind;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the beheerder (any organisation) and an org-admin (its own organisation only) do with
 * accounts: create one without a password and hand out its activation link, change its rights,
 * deactivate or reactivate it and make a reset link. Pages and API go through here, so the
 * rules, the audit trail and the ending of sessions are the same for both.
 */
@Service
class UserAdministration {

    private static final int RESETS_PER_HOUR = 3;

    private final UserRows rows;
    private final AccountTokens tokens;
    private final AccountLinks links;
    private final AccountMail mail;
    private final AuditLog audit;
    private final OrganisationDirectory organisations;
    private final FindByIndexNameSessionRepository<?> sessions;
    private final Validator validator;
    private final PasswordPolicy passwordPolicy;
    private final Clock clock;

    UserAdministration(
            UserRows rows,
            AccountTokens tokens,
            AccountLinks links,
            AccountMail mail,
            AuditLog audit,
            OrganisationDirectory organisations,
            FindByIndexNameSessionRepository<?> sessions,
            Validator validator,
            PasswordPolicy passwordPolicy,
            Clock clock) {
        this.rows = rows;
        this.tokens = tokens;
        this.links = links;
        this.mail = mail;
        this.audit = audit;
        this.organisations = organisations;
        this.sessions = sessions;
        this.validator = validator;
        this.passwordPolicy = passwordPolicy;
        this.clock = clock;
    }

    /** The accounts the actor may see: of one organisation, or (beheerder, null) all of them. */
    @Transactional(readOnly = true)
    List<UserRow> list(MaatstafUser actor, Long organisationId) {
        if (organisationId == null) {
            requireBeheerder(actor);
            return rows.list(null);
        }
        requireManages(actor, organisationId);
        return rows.list(organisationId);
    }

    /** One account the actor may manage; not found for anyone else's. */
    @Transactional(readOnly = true)
    UserRow get(MaatstafUser actor, long userId) {
        return visible(actor, userId);
    }

    /** One account of the organisation by username, for the API's paths. */
    @Transactional(readOnly = true)
    UserRow get(MaatstafUser actor, long organisationId, String username) {
        requireManages(actor, organisationId);
        return rows.findByUsername(username)
                .filter(row -> Objects.equals(row.organisationId(), organisationId))
                .orElseThrow(() -> new UserChangeRefused(Kind.NOT_FOUND, "users.error.notFound"));
    }

    /**
     * Creates an account without a password and its activation link; mails the link when the
     * account has an e-mail address and SMTP is configured. {@code organisationId} is null only
     * for a new beheerder.
     */
    @Transactional
    Created create(MaatstafUser actor, Long organisationId, NewUser request) {
        NewUser user = request.normalised();
        Map<String, String> errors = violations(user);
        Role role = errors.containsKey("role") ? null : Role.valueOf(user.role());
        if (role == Role.BEHEERDER && !actor.isBeheerder()) {
            errors.put("role", "users.error.role");
        } else if (role == Role.BEHEERDER) {
            if (organisationId != null) {
                errors.put("role", "users.error.beheerderWithOrganisation");
            }
            if (user.orgAdmin()) {
                errors.put("orgAdmin", "users.error.orgAdminRole");
            }
        } else {
            if (organisationId == null) {
                errors.put("organisationId", "users.error.organisation");
            } else {
                requireManages(actor, organisationId);
            }
            if (user.orgAdmin() && role != Role.DEELNEMER) {
                errors.put("orgAdmin", "users.error.orgAdminRole");
            }
        }
        if (!errors.isEmpty()) {
            throw new UserChangeRefused(Kind.INVALID, "users.error.invalid", errors);
        }
        if (rows.findByUsername(user.username()).isPresent()) {
            throw new UserChangeRefused(
                    Kind.TAKEN, "users.error.usernameTaken", Map.of("username", "users.error.usernameTaken"));
        }
        long id = rows.insertWithoutPassword(
                user.username(), user.displayName(), user.email(), role, organisationId, user.orgAdmin());
        // The rights given are part of the fact: who may now do what in the organisation.
        audit.record(new AuditEntry(
                actor.getUsername(),
                organisationId,
                "GEBRUIKER_AANGEMAAKT",
                "app_user",
                user.username(),
                "role,org_admin",
                null,
                role.name() + "," + user.orgAdmin()));
        UserRow created = rows.find(id).orElseThrow();
        return new Created(created, handOut(actor, created, TokenPurpose.ACTIVATION));
    }

    /** Sets role, org-admin right and active state; ends the account's sessions when its rights changed. */
    @Transactional
    UserRow change(MaatstafUser actor, long userId, AccessChange request) {
        UserRow user = visible(actor, userId);
        Map<String, String> errors = violations(request);
        Role role = errors.containsKey("role") ? null : Role.valueOf(request.role());
        if (role != null && (role == Role.BEHEERDER) != (user.role() == Role.BEHEERDER)) {
            errors.put("role", "users.error.beheerderRoleFixed");
        }
        if (request.orgAdmin() && role != null && role != Role.DEELNEMER) {
            errors.put("orgAdmin", "users.error.orgAdminRole");
        }
        if (!errors.isEmpty()) {
            throw new UserChangeRefused(Kind.INVALID, "users.error.invalid", errors);
        }
        boolean staysOrgAdmin = request.orgAdmin() && request.active();
        if (!actor.isBeheerder()
                && user.activeOrgAdmin()
                && !staysOrgAdmin
                && rows.activeOrgAdmins(user.organisationId()) <= 1) {
            throw new UserChangeRefused(Kind.INVALID, "users.error.lastOrgAdmin");
        }
        if (user.role() == Role.BEHEERDER && user.enabled() && !request.active() && rows.activeBeheerders() <= 1) {
            throw new UserChangeRefused(Kind.INVALID, "users.error.lastBeheerder");
        }
        if (!rows.updateAccess(userId, request.version(), role, request.orgAdmin(), request.active())) {
            throw new UserChangeRefused(Kind.CONFLICT, "users.error.changedMeanwhile");
        }
        List<AuditEntry> entries = new ArrayList<>();
        String who = actor.getUsername();
        Long organisation = user.organisationId();
        if (user.role() != role) {
            entries.add(new AuditEntry(
                    who,
                    organisation,
                    "ROL_GEWIJZIGD",
                    "app_user",
                    user.username(),
                    "role",
                    user.role().name(),
                    role.name()));
        }
        if (user.orgAdmin() != request.orgAdmin()) {
            entries.add(new AuditEntry(
                    who,
                    organisation,
                    "ROL_GEWIJZIGD",
                    "app_user",
                    user.username(),
                    "org_admin",
                    Boolean.toString(user.orgAdmin()),
                    Boolean.toString(request.orgAdmin())));
        }
        if (user.enabled() != request.active()) {
            entries.add(new AuditEntry(
                    who,
                    organisation,
                    request.active() ? "GEBRUIKER_GEACTIVEERD" : "GEBRUIKER_GEDEACTIVEERD",
                    "app_user",
                    user.username(),
                    "enabled",
                    Boolean.toString(user.enabled()),
                    Boolean.toString(request.active())));
        }
        audit.recordAll(entries);
        if (!entries.isEmpty()) {
            // A session keeps the rights it was started with: ending it makes the change count now,
            // and a deactivated account is out at once.
            endSessions(user.username());
        }
        return rows.find(userId).orElseThrow();
    }

    /**
     * A new link for the account to set a password: an activation link while it was never
     * activated, a reset link after. Older links end with it.
     */
    @Transactional
    Link resetLink(MaatstafUser actor, long userId) {
        UserRow user = visible(actor, userId);
        if (!user.enabled()) {
            throw new UserChangeRefused(Kind.INVALID, "users.error.inactive");
        }
        return handOut(actor, user, user.activated() ? TokenPurpose.RESET : TokenPurpose.ACTIVATION);
    }

    /**
     * "Wachtwoord vergeten": a reset link mailed to the account with this username or e-mail
     * address, if there is one with an address, active and activated, and fewer than a few were
     * asked for in the last hour for it or from this address. The caller answers the same in
     * every case, so nobody learns which accounts exist.
     */
    @Transactional
    void requestReset(String usernameOrEmail, String sourceAddress) {
        if (usernameOrEmail == null || usernameOrEmail.isBlank() || usernameOrEmail.length() > 254) {
            return;
        }
        Optional<UserRow> found = rows.findByUsernameOrEmail(usernameOrEmail.strip());
        if (found.isEmpty()) {
            return;
        }
        UserRow user = found.get();
        if (!user.enabled() || !user.activated() || user.email() == null) {
            return;
        }
        String address = SecurityText.address(sourceAddress);
        Instant hourAgo = clock.instant().minus(Duration.ofHours(1));
        if (tokens.resetsRequestedSince(hourAgo, user.id(), address) >= RESETS_PER_HOUR) {
            return;
        }
        AccountTokens.IssuedToken token = tokens.issue(user.id(), TokenPurpose.RESET, address);
        audit.record(AuditEntry.action(
                user.username(), user.organisationId(), "HERSTEL_AANGEVRAAGD", "app_user", user.username()));
        mail.send(user.email(), user.displayName(), TokenPurpose.RESET, links.link(token), token.expiresAt());
    }

    /** The account a link would set the password of; empty when the link is unknown, used, ended or expired. */
    @Transactional(readOnly = true)
    Optional<UserRow> linkHolder(String token, TokenPurpose purpose) {
        return tokens.check(token)
                .filter(valid -> valid.purpose() == purpose)
                .flatMap(valid -> rows.find(valid.userId()))
                .filter(UserRow::enabled);
    }

    /**
     * Sets the password of a link's account under the password policy and uses the link up.
     * Field errors leave the link as it was; a link used meanwhile refuses.
     */
    @Transactional
    UserRow setPasswordByLink(String token, TokenPurpose purpose, String password, String repeated) {
        AccountTokens.ValidToken valid = tokens.check(token)
                .filter(t -> t.purpose() == purpose)
                .orElseThrow(() -> new UserChangeRefused(Kind.NOT_FOUND, "link.invalid"));
        UserRow user = rows.find(valid.userId())
                .filter(UserRow::enabled)
                .orElseThrow(() -> new UserChangeRefused(Kind.NOT_FOUND, "link.invalid"));
        Map<String, String> errors = new TreeMap<>();
        passwordPolicy.problem(user.username(), password).ifPresent(problem -> errors.put("password", problem));
        if (password != null && !password.equals(repeated)) {
            errors.put("repeatedPassword", "password.error.repeated");
        }
        if (!errors.isEmpty()) {
            throw new UserChangeRefused(Kind.INVALID, "link.fixErrors", errors);
        }
        if (!tokens.use(valid)) {
            throw new UserChangeRefused(Kind.NOT_FOUND, "link.invalid");
        }
        rows.setPassword(user.id(), password);
        audit.record(AuditEntry.action(
                user.username(),
                user.organisationId(),
                purpose == TokenPurpose.ACTIVATION ? "GEBRUIKER_GEACTIVEERD_MET_LINK" : "WACHTWOORD_HERSTELD",
                "app_user",
                user.username()));
        // Whoever may still be logged in with the old password is out.
        endSessions(user.username());
        return user;
    }

    private Link handOut(MaatstafUser actor, UserRow user, TokenPurpose purpose) {
        AccountTokens.IssuedToken token = tokens.issue(user.id(), purpose, null);
        audit.record(AuditEntry.action(
                actor.getUsername(),
                user.organisationId(),
                purpose == TokenPurpose.ACTIVATION ? "ACTIVERINGSLINK_GEMAAKT" : "HERSTELLINK_GEMAAKT",
                "app_user",
                user.username()));
        String link = links.link(token);
        boolean mailed = mail.send(user.email(), user.displayName(), purpose, link, token.expiresAt());
        return new Link(link, purpose, token.expiresAt(), mailed);
    }

    private UserRow visible(MaatstafUser actor, long userId) {
        return rows.find(userId)
                .filter(row -> actor.isBeheerder()
                        || (actor.isOrgAdmin() && Objects.equals(row.organisationId(), actor.organisationId())))
                .orElseThrow(() -> new UserChangeRefused(Kind.NOT_FOUND, "users.error.notFound"));
    }

    /** The beheerder manages a named organisation that must exist; an org-admin only its own. */
    private void requireManages(MaatstafUser actor, long organisationId) {
        if (actor.isBeheerder()) {
            if (organisations.find(organisationId).isEmpty()) {
                throw new UserChangeRefused(Kind.NOT_FOUND, "users.error.organisationNotFound");
            }
            return;
        }
        if (!actor.isOrgAdmin() || !Objects.equals(actor.organisationId(), organisationId)) {
            throw new UserChangeRefused(Kind.FORBIDDEN, "users.error.forbidden");
        }
    }

    private static void requireBeheerder(MaatstafUser actor) {
        if (!actor.isBeheerder()) {
            throw new UserChangeRefused(Kind.FORBIDDEN, "users.error.forbidden");
        }
    }

    private <T> Map<String, String> violations(T request) {
        Map<String, String> errors = new TreeMap<>();
        for (ConstraintViolation<T> violation : validator.validate(request)) {
            errors.putIfAbsent(violation.getPropertyPath().toString(), violation.getMessage());
        }
        return errors;
    }

    private void endSessions(String username) {
        sessions.findByPrincipalName(username).keySet().forEach(sessions::deleteById);
    }

    /** A link handed out: shown to whoever made it, and whether it was also mailed. */
    record Link(String url, TokenPurpose purpose, Instant expiresAt, boolean mailed) {}

    /** A new account with its activation link. */
    record Created(UserRow user, Link link) {}
}
