package nl.maatstaf.submission;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a bulk import needs from submissions: the questionnaire's fields, its real validation for
 * many organisations at once, and storing figures as new approved versions in batches. Versions
 * are never changed; an import always adds one.
 */
@Service
public class SubmissionImports {

    private static final int BATCH_SIZE = 1000;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final ApprovedSubmissions approved;
    private final CatalogService catalogs;
    private final FindingMessages findingMessages;
    private final AuditLog audit;
    private final Clock clock;

    private final ValidationContexts contexts;
    private final SubmissionRepository repository;

    SubmissionImports(
            JdbcClient jdbc,
            JdbcTemplate batch,
            ApprovedSubmissions approved,
            CatalogService catalogs,
            FindingMessages findingMessages,
            AuditLog audit,
            Clock clock,
            ValidationContexts contexts,
            SubmissionRepository repository) {
        this.contexts = contexts;
        this.repository = repository;
        this.jdbc = jdbc;
        this.batch = batch;
        this.approved = approved;
        this.catalogs = catalogs;
        this.findingMessages = findingMessages;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The field keys the module's questionnaire asks for, in questionnaire order: a cooperation's,
     * so with the capacity at member municipalities, which a municipality may not send (see
     * {@link FieldKeys#isMemberCapacity}).
     */
    public List<String> fieldKeys(ModuleCatalog catalog) {
        return Questionnaire.of(catalog, true).fields().stream()
                .map(QuestionnaireField::key)
                .toList();
    }

    /**
     * Validates the raw text of many organisations' figures for one module exactly as the
     * questionnaire does on submission, against last year's approved figures and the published
     * usual range; the context is read once for all organisations.
     */
    @Transactional(readOnly = true)
    public List<ImportCheck> validate(
            ModuleCatalog catalog, Map<Long, Map<String, String>> rawByOrganisation, Locale locale) {
        return validate(catalog, rawByOrganisation, Set.of(), locale);
    }

    /**
     * As {@link #validate(ModuleCatalog, Map, Locale)}, with the cooperations among the
     * organisations: their questionnaire also has the capacity at member municipalities.
     */
    @Transactional(readOnly = true)
    public List<ImportCheck> validate(
            ModuleCatalog catalog,
            Map<Long, Map<String, String>> rawByOrganisation,
            Set<Long> cooperations,
            Locale locale) {
        Questionnaire municipality = Questionnaire.of(catalog, false);
        Questionnaire cooperation = Questionnaire.of(catalog, true);
        Map<Long, Map<String, BigDecimal>> previous = new HashMap<>();
        approved.approved(catalog.year() - 1, catalog.code())
                .forEach(a -> previous.put(a.organisationId(), a.values()));
        Optional<ReferenceRange> range = contexts.referenceRange(catalog);
        List<ImportCheck> checks = new ArrayList<>(rawByOrganisation.size());
        rawByOrganisation.forEach((organisationId, raw) -> {
            ValidationContext context = new ValidationContext(
                    Optional.ofNullable(previous.get(organisationId)), catalog.year() - 1, range, catalogs.kMinimum());
            Questionnaire questionnaire = cooperations.contains(organisationId) ? cooperation : municipality;
            Map<String, String> values = new LinkedHashMap<>();
            Map<String, String> details = new LinkedHashMap<>();
            raw.forEach((key, text) -> (SubmissionDetailKeys.isDetail(key) ? details : values).put(key, text));
            ValidationResult result = SubmissionValidator.validate(questionnaire, values, context);
            if (!details.isEmpty()) {
                result = SubmissionService.withDetails(questionnaire, result, SubmissionDetailKeys.parse(details));
            }
            List<ImportFinding> findings = new ArrayList<>();
            for (Finding finding : result.errors()) {
                findings.add(new ImportFinding(true, finding.fieldKey(), message(questionnaire, finding, locale)));
            }
            for (Finding finding : result.warnings()) {
                findings.add(new ImportFinding(false, finding.fieldKey(), message(questionnaire, finding, locale)));
            }
            Map<String, String> texts = new LinkedHashMap<>();
            questionnaire.fields().stream().filter(f -> f.type().text()).forEach(f -> {
                String text = raw.get(f.key());
                if (text != null && !text.isBlank()) {
                    texts.put(f.key(), text.strip());
                }
            });
            checks.add(new ImportCheck(
                    organisationId, catalog.code(), result.numbers(), result.markers(), texts, findings));
        });
        return checks;
    }

    /** Where each organisation's submission of the module stands; organisations absent here have none. */
    @Transactional(readOnly = true)
    public Map<Long, ImportState> states(int year, String moduleCode) {
        Map<Long, ImportState> states = new HashMap<>();
        jdbc.sql("SELECT organisation_id, status FROM submission WHERE peiljaar = :year AND module_code = :moduleCode")
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query((rs, n) -> Map.entry(rs.getLong(1), state(SubmissionStatus.valueOf(rs.getString(2)))))
                .list()
                .forEach(e -> states.put(e.getKey(), e.getValue()));
        return states;
    }

    /**
     * Stores each organisation's figures as a new approved version (version 1 when it had no
     * submission) and makes them the working copy, in batches, with one audit entry per
     * submission naming the source. Must run in the caller's transaction: when any submission
     * was changed meanwhile an {@link ImportConflictException} rolls everything back.
     *
     * @return the number of versions stored
     */
    @Transactional
    public int storeApproved(
            int year, String moduleCode, Map<Long, Map<String, BigDecimal>> figures, String username, String source) {
        return storeApproved(year, moduleCode, figures, Map.of(), Map.of(), Map.of(), username, source);
    }

    /**
     * As {@link #storeApproved(int, String, Map, String, String)}, with the fields each organisation
     * answered "niet bekend" or "n.v.t." instead of a number, the organisations' texts
     * (descriptions of capacity at member municipalities) kept in the working copy and the version,
     * and each organisation's basis and correction lines as flat keys ({@link SubmissionDetailKeys});
     * without any the version has the budget basis and no lines. They must have passed {@link
     * #validate}.
     *
     * @param markers by organisation id; an organisation absent here has none
     * @param texts by organisation id, field key → text
     */
    @Transactional
    public int storeApproved(
            int year,
            String moduleCode,
            Map<Long, Map<String, BigDecimal>> figures,
            Map<Long, Map<String, ValueMarker>> markers,
            Map<Long, Map<String, String>> texts,
            Map<Long, Map<String, String>> details,
            String username,
            String source) {
        if (figures.isEmpty()) {
            return 0;
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        Map<Long, long[]> existing = existingSubmissions(year, moduleCode);
        Questionnaire questionnaire = Questionnaire.of(
                catalogs.find(year, moduleCode).orElseThrow(() -> new IllegalStateException("No catalogue " + year)));
        List<Object[]> workingValues = new ArrayList<>();
        List<Object[]> versionValues = new ArrayList<>();
        List<Object[]> versionTexts = new ArrayList<>();
        List<AuditEntry> entries = new ArrayList<>();
        List<Long> replaced = new ArrayList<>();
        for (Map.Entry<Long, Map<String, BigDecimal>> entry : figures.entrySet()) {
            long organisationId = entry.getKey();
            long[] current = existing.get(organisationId);
            long submissionId;
            int versionNo;
            if (current == null) {
                submissionId = insertSubmission(organisationId, year, moduleCode, now, username);
                versionNo = 1;
            } else {
                submissionId = current[0];
                versionNo = (int) current[1] + 1;
                int updated = jdbc.sql("""
                                UPDATE submission SET lock_version = lock_version + 1, updated_at = :at,
                                                      updated_by = :username
                                WHERE id = :id AND status = 'GOEDGEKEURD'
                                """)
                        .param("at", now)
                        .param("username", username)
                        .param("id", submissionId)
                        .update();
                if (updated != 1) {
                    throw new ImportConflictException(organisationId, moduleCode);
                }
                replaced.add(submissionId);
            }
            long versionId = insertVersion(submissionId, versionNo, now, username);
            Map<String, String> flat = details.getOrDefault(organisationId, Map.of());
            // A new submission without details has the defaults already: no statement needed.
            if (current != null || !flat.isEmpty()) {
                storeDetails(questionnaire, submissionId, versionId, entry.getValue(), flat);
            }
            for (Map.Entry<String, BigDecimal> value : new LinkedHashMap<>(entry.getValue()).entrySet()) {
                workingValues.add(new Object[] {
                    submissionId, value.getKey(), DutchFormat.forInput(value.getValue()), value.getValue()
                });
                versionValues.add(new Object[] {versionId, value.getKey(), value.getValue(), null});
            }
            markers.getOrDefault(organisationId, Map.of()).forEach((fieldKey, marker) -> {
                workingValues.add(new Object[] {submissionId, fieldKey, marker.shown(), null});
                versionValues.add(new Object[] {versionId, fieldKey, null, marker.name()});
            });
            for (Map.Entry<String, String> text :
                    texts.getOrDefault(organisationId, Map.of()).entrySet()) {
                workingValues.add(new Object[] {submissionId, text.getKey(), text.getValue(), null});
                versionTexts.add(new Object[] {versionId, text.getKey(), text.getValue()});
            }
            entries.add(new AuditEntry(
                    username,
                    organisationId,
                    "GOEDGEKEURD_GEIMPORTEERD",
                    SubmissionService.AUDIT_ENTITY,
                    String.valueOf(submissionId),
                    "versie " + versionNo,
                    null,
                    "bron: " + source));
        }
        for (int from = 0; from < replaced.size(); from += BATCH_SIZE) {
            List<Object[]> ids = replaced.subList(from, Math.min(replaced.size(), from + BATCH_SIZE)).stream()
                    .map(id -> new Object[] {id})
                    .toList();
            batch.batchUpdate("DELETE FROM submission_value WHERE submission_id = ?", ids);
        }
        batchInsert(
                "INSERT INTO submission_value (submission_id, field_key, raw_value, number_value) VALUES (?, ?, ?, ?)",
                workingValues);
        batchInsert(
                "INSERT INTO submission_version_value (version_id, field_key, number_value, marker) VALUES (?, ?, ?, ?)",
                versionValues);
        batchInsert(
                "INSERT INTO submission_version_text (version_id, field_key, text_value) VALUES (?, ?, ?)",
                versionTexts);
        audit.recordAll(entries);
        return figures.size();
    }

    // The working copy takes the imported details too, like the values: what was there is replaced.
    private void storeDetails(
            Questionnaire questionnaire,
            long submissionId,
            long versionId,
            Map<String, BigDecimal> numbers,
            Map<String, String> flat) {
        DraftDetails draft = SubmissionDetailKeys.parse(flat);
        DetailsValidator.Checked checked =
                DetailsValidator.check(questionnaire, SubmissionDetailKeys.numbersOnly(numbers), draft);
        if (!checked.errors().isEmpty() || checked.basis() == null) {
            throw new IllegalArgumentException("Details of an import must have been validated");
        }
        repository.updateBasis(submissionId, Basis.parse(draft.basis()), draft.peildatum());
        repository.replaceCorrections(submissionId, draft.corrections());
        repository.insertVersionBasis(versionId, checked.basis());
        repository.insertVersionCorrections(versionId, checked.corrections());
    }

    private void batchInsert(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += BATCH_SIZE) {
            batch.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + BATCH_SIZE)));
        }
    }

    /** Per organisation its submission id and highest version number (0 without versions). */
    private Map<Long, long[]> existingSubmissions(int year, String moduleCode) {
        Map<Long, long[]> existing = new HashMap<>();
        jdbc.sql("""
                        SELECT s.organisation_id, s.id, COALESCE(MAX(v.version_no), 0)
                        FROM submission s LEFT JOIN submission_version v ON v.submission_id = s.id
                        WHERE s.peiljaar = :year AND s.module_code = :moduleCode
                        GROUP BY s.organisation_id, s.id
                        """)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .list()
                .forEach(row -> existing.put(row[0], new long[] {row[1], row[2]}));
        return existing;
    }

    private long insertSubmission(
            long organisationId, int year, String moduleCode, OffsetDateTime now, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        try {
            jdbc.sql("""
                            INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version,
                                                    updated_at, updated_by)
                            VALUES (:organisationId, :year, :moduleCode, 'GOEDGEKEURD', 0, :at, :username)
                            """)
                    .param("organisationId", organisationId)
                    .param("year", year)
                    .param("moduleCode", moduleCode)
                    .param("at", now)
                    .param("username", username)
                    .update(key, "id");
        } catch (DuplicateKeyException createdMeanwhile) {
            throw new ImportConflictException(organisationId, moduleCode);
        }
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private long insertVersion(long submissionId, int versionNo, OffsetDateTime now, String username) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO submission_version (submission_id, version_no, submitted_at, submitted_by,
                                                        review_status, reviewed_at, reviewed_by)
                        VALUES (:id, :versionNo, :at, :username, 'GOEDGEKEURD', :at, :username)
                        """)
                .param("id", submissionId)
                .param("versionNo", versionNo)
                .param("at", now)
                .param("username", username)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey()).longValue();
    }

    private String message(Questionnaire questionnaire, Finding finding, Locale locale) {
        return findingMessages.show(questionnaire, finding, locale).message();
    }

    private static ImportState state(SubmissionStatus status) {
        return switch (status) {
            case GOEDGEKEURD -> ImportState.APPROVED;
            case INGEDIEND -> ImportState.AWAITING_REVIEW;
            default -> ImportState.IN_PROGRESS;
        };
    }
}
