package nl.maatstaf.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which organisations take part in which modules of a peiljaar. */
@Service
public class Enrolments {

    /** The audit entity of enrolments; the key is {@code peiljaar/MODULE}. */
    public static final String AUDIT_ENTITY = "inschrijving";

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final Clock clock;
    private final AuditLog audit;
    private final Optional<EnrolmentSubmissions> submissions;

    Enrolments(
            JdbcClient jdbc,
            CatalogService catalog,
            Clock clock,
            AuditLog audit,
            Optional<EnrolmentSubmissions> submissions) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
        this.audit = audit;
        this.submissions = submissions;
    }

    /** Whether organisations can be enrolled in the peiljaar: it exists and is open. */
    @Transactional(readOnly = true)
    public boolean isOpen(int year) {
        return jdbc.sql("SELECT COUNT(*) FROM benchmark_year WHERE peiljaar = :year AND status = 'OPEN'")
                        .param("year", year)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The open peiljaren, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> openYears() {
        return jdbc.sql("SELECT peiljaar FROM benchmark_year WHERE status = 'OPEN' ORDER BY peiljaar DESC")
                .query(Integer.class)
                .list();
    }

    /**
     * Enrols the organisation in the module of an open peiljaar on behalf of {@code username}, with
     * an audit line; enrolling what is enrolled changes and audits nothing. The module must exist in
     * the peiljaar (callers resolve it from the catalogue).
     */
    @Transactional
    public EnrolmentResult enrol(long organisationId, int year, String moduleCode, String username) {
        if (!isOpen(year)) {
            return EnrolmentResult.YEAR_NOT_OPEN;
        }
        // Two requests at once: the primary key lets one insert, the other finds it enrolled.
        int inserted = jdbc.sql("""
                        INSERT INTO participation (organisation_id, peiljaar, module_code, registered_at)
                        VALUES (:organisationId, :year, :moduleCode, :at)
                        ON CONFLICT DO NOTHING
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("at", OffsetDateTime.now(clock))
                .update();
        if (inserted == 0) {
            return EnrolmentResult.ALREADY_ENROLLED;
        }
        audit.record(
                AuditEntry.action(username, organisationId, "INGESCHREVEN", AUDIT_ENTITY, auditKey(year, moduleCode)));
        return EnrolmentResult.ENROLLED;
    }

    /**
     * Enrols every organisation in every module at once: all in one transaction, so a list is
     * enrolled completely or not at all.
     *
     * @return per organisation and module (in the order given) what it came to
     */
    @Transactional
    public List<EnrolmentResult> enrolAll(
            Collection<Long> organisationIds, int year, Collection<String> moduleCodes, String username) {
        List<EnrolmentResult> results = new ArrayList<>();
        for (long organisationId : organisationIds) {
            for (String moduleCode : moduleCodes) {
                results.add(enrol(organisationId, year, moduleCode, username));
            }
        }
        return results;
    }

    /**
     * Withdraws the enrolment, but only while the organisation has no draft or submission for the
     * module and peiljaar: those would lose the ground they stand on.
     */
    @Transactional
    public EnrolmentResult withdraw(long organisationId, int year, String moduleCode, String username) {
        if (!isOpen(year)) {
            return EnrolmentResult.YEAR_NOT_OPEN;
        }
        // Locked until the transaction ends, so two withdrawals take turns and only one audits.
        boolean enrolled = !jdbc.sql("""
                        SELECT organisation_id FROM participation
                        WHERE organisation_id = :organisationId AND peiljaar = :year AND module_code = :moduleCode
                        FOR UPDATE
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query(Long.class)
                .list()
                .isEmpty();
        if (!enrolled) {
            return EnrolmentResult.NOT_ENROLLED;
        }
        if (submissions.isPresent() && submissions.get().hasSubmission(organisationId, year, moduleCode)) {
            return EnrolmentResult.HAS_SUBMISSION;
        }
        jdbc.sql("""
                        DELETE FROM participation
                        WHERE organisation_id = :organisationId AND peiljaar = :year AND module_code = :moduleCode
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .update();
        audit.record(AuditEntry.action(
                username, organisationId, "INSCHRIJVING_INGETROKKEN", AUDIT_ENTITY, auditKey(year, moduleCode)));
        return EnrolmentResult.WITHDRAWN;
    }

    public static String auditKey(int year, String moduleCode) {
        return year + "/" + moduleCode;
    }

    @Transactional
    public void enrol(long organisationId, int year, String moduleCode) {
        if (isEnrolled(organisationId, year, moduleCode)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO participation (organisation_id, peiljaar, module_code, registered_at)
                        VALUES (:organisationId, :year, :moduleCode, :at)
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(long organisationId, int year, String moduleCode) {
        return jdbc.sql("""
                                SELECT COUNT(*) FROM participation
                                WHERE organisation_id = :organisationId AND peiljaar = :year AND module_code = :moduleCode
                                """)
                        .param("organisationId", organisationId)
                        .param("year", year)
                        .param("moduleCode", moduleCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The peiljaren an organisation takes part in, newest first. */
    @Transactional(readOnly = true)
    public List<Integer> yearsOf(long organisationId) {
        return jdbc.sql("""
                        SELECT DISTINCT peiljaar FROM participation WHERE organisation_id = :organisationId
                        ORDER BY peiljaar DESC
                        """)
                .param("organisationId", organisationId)
                .query(Integer.class)
                .list();
    }

    /** The modules an organisation takes part in, in catalogue order. */
    @Transactional(readOnly = true)
    public List<ModuleCatalog> modulesOf(long organisationId, int year) {
        List<String> codes = jdbc.sql(
                        "SELECT module_code FROM participation WHERE organisation_id = :organisationId AND peiljaar = :year")
                .param("organisationId", organisationId)
                .param("year", year)
                .query(String.class)
                .list();
        return catalog.forYear(year).stream()
                .filter(m -> codes.contains(m.code()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Long> participants(int year, String moduleCode) {
        return jdbc.sql(
                        "SELECT organisation_id FROM participation WHERE peiljaar = :year AND module_code = :moduleCode")
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query(Long.class)
                .list();
    }
}
