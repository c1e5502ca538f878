package nl.maatstaf.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organisations' applications to take part in a module of an open peiljaar, and the beheerder's
 * decisions on them. Every step is audited in its own transaction; a decision is a conditional
 * update of a pending application, so two beheerders deciding at once never both succeed.
 */
@Service
public class EnrolmentApplications {

    public static final String AUDIT_ENTITY = "aanvraag_inschrijving";
    public static final int MAX_TEXT_LENGTH = 2000;

    private static final String SELECT = """
            SELECT id, organisation_id, peiljaar, module_code, status, remark, applied_at, applied_by,
                   decided_at, decided_by, decision_reason
            FROM enrolment_application""";

    private final JdbcClient jdbc;
    private final Enrolments enrolments;
    private final AuditLog audit;
    private final Clock clock;

    EnrolmentApplications(JdbcClient jdbc, Enrolments enrolments, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.enrolments = enrolments;
        this.audit = audit;
        this.clock = clock;
    }

    /** What an application came to. */
    public enum Outcome {
        APPLIED,
        ALREADY_ENROLLED,
        ALREADY_PENDING,
        YEAR_NOT_OPEN
    }

    /** What a decision came to. */
    public enum Decision {
        CONFIRMED,
        DECLINED,
        /** Nothing done: no such application, or it was decided already. */
        NOT_PENDING,
        /** Nothing done: the peiljaar is no longer open. */
        YEAR_NOT_OPEN
    }

    /**
     * Applies for the module on behalf of the organisation. After a decline the organisation may
     * apply again: its application is pending once more.
     *
     * @param remark optional, at most {@link #MAX_TEXT_LENGTH} characters (checked by the caller)
     */
    @Transactional
    public Outcome apply(long organisationId, int year, String moduleCode, String remark, String username) {
        if (!enrolments.isOpen(year)) {
            return Outcome.YEAR_NOT_OPEN;
        }
        if (enrolments.isEnrolled(organisationId, year, moduleCode)) {
            return Outcome.ALREADY_ENROLLED;
        }
        String text = remark == null || remark.isBlank() ? null : remark.strip();
        OffsetDateTime now = OffsetDateTime.now(clock);
        int inserted = jdbc.sql("""
                        INSERT INTO enrolment_application (organisation_id, peiljaar, module_code, status, remark,
                            applied_at, applied_by)
                        VALUES (:organisationId, :year, :moduleCode, 'AANGEVRAAGD', :remark, :at, :username)
                        ON CONFLICT DO NOTHING
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("remark", text)
                .param("at", now)
                .param("username", username)
                .update();
        if (inserted == 0) {
            // An earlier application exists: reopen it when it was declined (or confirmed and the
            // enrolment withdrawn since); a pending one stays as it is.
            inserted = jdbc.sql("""
                            UPDATE enrolment_application SET status = 'AANGEVRAAGD', remark = :remark,
                                applied_at = :at, applied_by = :username, decided_at = NULL, decided_by = NULL,
                                decision_reason = NULL
                            WHERE organisation_id = :organisationId AND peiljaar = :year
                              AND module_code = :moduleCode AND status <> 'AANGEVRAAGD'
                            """)
                    .param("organisationId", organisationId)
                    .param("year", year)
                    .param("moduleCode", moduleCode)
                    .param("remark", text)
                    .param("at", now)
                    .param("username", username)
                    .update();
            if (inserted == 0) {
                return Outcome.ALREADY_PENDING;
            }
        }
        audit.record(new AuditEntry(
                username,
                organisationId,
                "AANGEVRAAGD",
                AUDIT_ENTITY,
                Enrolments.auditKey(year, moduleCode),
                "opmerking",
                null,
                text));
        return Outcome.APPLIED;
    }

    /** Confirms a pending application: the organisation is enrolled in the same transaction. */
    @Transactional
    public Decision confirm(long applicationId, String username) {
        Optional<EnrolmentApplication> application = find(applicationId);
        if (application.isEmpty() || !application.get().pending()) {
            return Decision.NOT_PENDING;
        }
        EnrolmentApplication found = application.get();
        if (!enrolments.isOpen(found.year())) {
            return Decision.YEAR_NOT_OPEN;
        }
        if (!decide(applicationId, EnrolmentApplicationStatus.BEVESTIGD, null, username)) {
            return Decision.NOT_PENDING;
        }
        enrolments.enrol(found.organisationId(), found.year(), found.moduleCode(), username);
        audit.record(AuditEntry.action(
                username,
                found.organisationId(),
                "AANVRAAG_BEVESTIGD",
                AUDIT_ENTITY,
                Enrolments.auditKey(found.year(), found.moduleCode())));
        return Decision.CONFIRMED;
    }

    /**
     * Declines a pending application with the reason, which the organisation sees.
     *
     * @param reason required, at most {@link #MAX_TEXT_LENGTH} characters (checked by the caller)
     */
    @Transactional
    public Decision decline(long applicationId, String reason, String username) {
        Optional<EnrolmentApplication> application = find(applicationId);
        if (application.isEmpty() || !application.get().pending()) {
            return Decision.NOT_PENDING;
        }
        String text = reason.strip();
        if (!decide(applicationId, EnrolmentApplicationStatus.AFGEWEZEN, text, username)) {
            return Decision.NOT_PENDING;
        }
        EnrolmentApplication found = application.get();
        audit.record(new AuditEntry(
                username,
                found.organisationId(),
                "AANVRAAG_AFGEWEZEN",
                AUDIT_ENTITY,
                Enrolments.auditKey(found.year(), found.moduleCode()),
                "reden",
                null,
                text));
        return Decision.DECLINED;
    }

    private boolean decide(long applicationId, EnrolmentApplicationStatus status, String reason, String username) {
        return jdbc.sql("""
                                UPDATE enrolment_application SET status = :status, decided_at = :at,
                                    decided_by = :username, decision_reason = :reason
                                WHERE id = :id AND status = 'AANGEVRAAGD'
                                """)
                        .param("status", status.name())
                        .param("at", OffsetDateTime.now(clock))
                        .param("username", username)
                        .param("reason", reason)
                        .param("id", applicationId)
                        .update()
                == 1;
    }

    @Transactional(readOnly = true)
    public Optional<EnrolmentApplication> find(long applicationId) {
        return jdbc.sql(SELECT + " WHERE id = :id")
                .param("id", applicationId)
                .query(EnrolmentApplication.class)
                .optional();
    }

    /** The pending applications of a peiljaar, oldest first. */
    @Transactional(readOnly = true)
    public List<EnrolmentApplication> pending(int year) {
        return jdbc.sql(SELECT + " WHERE peiljaar = :year AND status = 'AANGEVRAAGD' ORDER BY applied_at, id")
                .param("year", year)
                .query(EnrolmentApplication.class)
                .list();
    }

    @Transactional(readOnly = true)
    public int pendingCount(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM enrolment_application WHERE peiljaar = :year AND status = 'AANGEVRAAGD'")
                .param("year", year)
                .query(Integer.class)
                .single();
    }

    /** Every application of the organisation, newest peiljaar first. */
    @Transactional(readOnly = true)
    public List<EnrolmentApplication> ofOrganisation(long organisationId) {
        return jdbc.sql(SELECT + " WHERE organisation_id = :organisationId ORDER BY peiljaar DESC, module_code")
                .param("organisationId", organisationId)
                .query(EnrolmentApplication.class)
                .list();
    }
}
