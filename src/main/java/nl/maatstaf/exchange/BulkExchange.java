package nl.maatstaf.exchange;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.OrganisationKind;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.ImportCheck;
import nl.maatstaf.submission.ImportConflictException;
import nl.maatstaf.submission.ImportFinding;
import nl.maatstaf.submission.ImportState;
import nl.maatstaf.submission.SubmissionDetailKeys;
import nl.maatstaf.submission.SubmissionImports;
import nl.maatstaf.submission.ValueMarker;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Exports and imports a peiljaar of approved figures. An import first checks every row (format,
 * codes, numbers, enrolment, the state of each submission) and then each organisation's figures
 * per module with the questionnaire's own validation; only when nothing is wrong does it store
 * everything in one transaction, as a new approved version per organisation and module.
 */
@Service
class BulkExchange {

    static final String SOURCE = "bulkimport";
    static final String EXPORT_ENTITY = "bulkexport";
    static final String EXPORT_ACTION = "GEEXPORTEERD";
    static final int MAX_REPORT_LINES = 1000;
    /** The database keeps six decimals; more would be rounded, so they are refused. */
    private static final int MAX_SCALE = 6;

    private final CatalogService catalogs;
    private final Enrolments enrolments;
    private final OrganisationService organisations;
    private final SubmissionImports imports;
    private final ApprovedSubmissions approved;
    private final AuditLog audit;
    private final MessageSource messages;
    private final TransactionTemplate transactions;

    BulkExchange(
            CatalogService catalogs,
            Enrolments enrolments,
            OrganisationService organisations,
            SubmissionImports imports,
            ApprovedSubmissions approved,
            AuditLog audit,
            MessageSource messages,
            TransactionTemplate transactions) {
        this.catalogs = catalogs;
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.imports = imports;
        this.approved = approved;
        this.audit = audit;
        this.messages = messages;
        this.transactions = transactions;
    }

    /** The modules of a peiljaar, or the one named (by code or slug); empty when unknown. */
    Optional<List<ModuleCatalog>> modules(int year, String module) {
        List<ModuleCatalog> all = catalogs.forYear(year);
        if (all.isEmpty()) {
            return Optional.empty();
        }
        if (module == null || module.isBlank()) {
            return Optional.of(all);
        }
        return moduleNamed(all, module).map(List::of);
    }

    /** The latest approved figures of every organisation in the modules, ordered by organisation code. */
    List<ExportedSubmission> exported(List<ModuleCatalog> modules) {
        Map<Long, String> codes = new HashMap<>();
        organisations.idsByCode().forEach((code, id) -> codes.put(id, code));
        List<ExportedSubmission> result = new ArrayList<>();
        for (ModuleCatalog module : modules) {
            List<String> order = imports.fieldKeys(module);
            List<ExportedSubmission> ofModule = new ArrayList<>();
            for (ApprovedSubmission submission : approved.approved(module.year(), module.code())) {
                Map<String, BigDecimal> values = new LinkedHashMap<>();
                Map<String, ValueMarker> markers = new LinkedHashMap<>();
                Map<String, String> texts = new LinkedHashMap<>();
                for (String key : order) {
                    BigDecimal value = submission.value(key);
                    if (value != null) {
                        values.put(key, value);
                    }
                    String text = submission.text(key);
                    if (text != null) {
                        texts.put(key, text);
                    }
                    submission.marker(key).ifPresent(marker -> markers.put(key, marker));
                }
                ofModule.add(new ExportedSubmission(
                        codes.get(submission.organisationId()),
                        module.code(),
                        values,
                        markers,
                        texts,
                        SubmissionDetailKeys.of(submission)));
            }
            ofModule.sort(Comparator.comparing(ExportedSubmission::organisation));
            result.addAll(ofModule);
        }
        return result;
    }

    /**
     * The file of the latest approved figures, audited with the organisations whose figures it
     * holds: one line per organisation (its own audit trail then shows every export of its
     * figures, with who took them and when) and one line for the export as a whole, under the
     * same key and time.
     *
     * @param module the module asked for (code or slug), or null for all modules of the year
     */
    byte[] export(int year, List<ModuleCatalog> modules, String module, BulkFormat format, String username) {
        List<ExportedSubmission> submissions = exported(modules);
        byte[] content =
                format == BulkFormat.JSON ? JsonBulkFormat.write(year, submissions) : CsvBulkFormat.write(submissions);
        String key = module == null || module.isBlank()
                ? String.valueOf(year)
                : year + "-" + modules.get(0).slug();
        transactions.executeWithoutResult(status -> audit.recordAll(exportAudit(key, submissions, format, username)));
        return content;
    }

    private List<AuditEntry> exportAudit(
            String key, List<ExportedSubmission> submissions, BulkFormat format, String username) {
        Map<String, List<String>> modulesByCode = new TreeMap<>();
        submissions.forEach(s -> modulesByCode
                .computeIfAbsent(s.organisation(), code -> new ArrayList<>())
                .add(s.module()));
        Map<String, Long> idsByCode = organisations.idsByCode();
        String formatName = format.extension();
        List<AuditEntry> entries = new ArrayList<>();
        entries.add(new AuditEntry(
                username,
                null,
                EXPORT_ACTION,
                EXPORT_ENTITY,
                key,
                null,
                null,
                "formaat " + formatName + ", " + modulesByCode.size() + " organisaties, " + submissions.size()
                        + " aanleveringen"));
        modulesByCode.forEach((code, ofOrganisation) -> entries.add(new AuditEntry(
                username,
                idsByCode.get(code),
                EXPORT_ACTION,
                EXPORT_ENTITY,
                key,
                "organisatie",
                null,
                code + " (" + String.join(", ", ofOrganisation) + "; " + formatName + ")")));
        return entries;
    }

    static BulkFile read(byte[] content, BulkFormat format) {
        BulkFormat actual = format != null ? format : BulkFormat.sniff(content);
        return actual == BulkFormat.JSON ? JsonBulkFormat.read(content) : CsvBulkFormat.read(content);
    }

    /**
     * Checks a bulk file and, unless only a check is asked or anything is wrong, imports it as a
     * whole. Never stores part of a file.
     *
     * @param enrol enrol organisations in the modules they are not yet enrolled in (audited)
     */
    BulkReport importFile(int year, BulkFile file, boolean enrol, boolean dryRun, String username, Locale locale) {
        Check check = new Check(year, file.format(), locale);
        file.problems().forEach(check::problem);
        List<ModuleCatalog> modules = catalogs.forYear(year);
        if (modules.isEmpty()) {
            check.problem(BulkProblem.ofFile("exchange.year.unknown", year));
            return check.report(dryRun, 0, 0, 0);
        }
        if (file.year() != null && file.year() != year) {
            check.problem(BulkProblem.ofFile("exchange.json.yearMismatch", file.year(), year));
        }
        Map<String, Map<Long, Group>> groups = group(file, modules, cooperations(), check);
        Map<String, Set<Long>> toEnrol = new LinkedHashMap<>();
        Map<String, Map<Long, Map<String, BigDecimal>>> figures = new LinkedHashMap<>();
        Map<String, Map<Long, Map<String, ValueMarker>>> markers = new LinkedHashMap<>();
        Map<String, Map<Long, Map<String, String>>> texts = new LinkedHashMap<>();
        Set<Long> cooperations = cooperations();
        Map<String, Map<Long, Map<String, String>>> details = new LinkedHashMap<>();
        int submissions = 0;
        for (ModuleCatalog module : modules) {
            Map<Long, Group> ofModule = groups.getOrDefault(module.code(), Map.of());
            if (ofModule.isEmpty()) {
                continue;
            }
            submissions += ofModule.size();
            Set<Long> enrolled = new HashSet<>(enrolments.participants(year, module.code()));
            Map<Long, ImportState> states = imports.states(year, module.code());
            Map<Long, Map<String, String>> raw = new LinkedHashMap<>();
            Map<Long, Map<String, String>> ofModuleDetails = new LinkedHashMap<>();
            details.put(module.code(), ofModuleDetails);
            ofModule.forEach((organisationId, group) -> {
                raw.put(organisationId, group.raw);
                Map<String, String> flat = new LinkedHashMap<>();
                group.raw.forEach((key, text) -> {
                    if (SubmissionDetailKeys.isDetail(key)) {
                        flat.put(key, text);
                    }
                });
                ofModuleDetails.put(organisationId, flat);
                if (!enrolled.contains(organisationId)) {
                    if (enrol) {
                        toEnrol.computeIfAbsent(module.code(), k -> new HashSet<>())
                                .add(organisationId);
                    } else {
                        check.problem(group.problem("exchange.row.notEnrolled", year));
                    }
                }
                ImportState state = states.getOrDefault(organisationId, ImportState.NONE);
                if (state == ImportState.AWAITING_REVIEW) {
                    check.problem(group.problem("exchange.row.awaitingReview"));
                } else if (state == ImportState.IN_PROGRESS) {
                    check.problem(group.problem("exchange.row.inProgress"));
                }
            });
            Map<Long, Map<String, BigDecimal>> ofModuleFigures = new LinkedHashMap<>();
            Map<Long, Map<String, String>> ofModuleTexts = new LinkedHashMap<>();
            Map<Long, Map<String, ValueMarker>> ofModuleMarkers = new LinkedHashMap<>();
            for (ImportCheck result : imports.validate(module, raw, cooperations, locale)) {
                Group group = ofModule.get(result.organisationId());
                for (ImportFinding finding : result.findings()) {
                    check.line(
                            group.rowOf(finding.fieldKey()),
                            group.organisation,
                            group.module,
                            finding.fieldKey(),
                            finding.error(),
                            finding.message());
                }
                result.numbers().forEach((key, value) -> {
                    if (value.stripTrailingZeros().scale() > MAX_SCALE) {
                        check.problem(group.problemAt(key, "exchange.row.tooManyDecimals", MAX_SCALE));
                    }
                });
                ofModuleFigures.put(result.organisationId(), result.numbers());
                ofModuleMarkers.put(result.organisationId(), result.markers());
                ofModuleTexts.put(result.organisationId(), result.texts());
            }
            figures.put(module.code(), ofModuleFigures);
            markers.put(module.code(), ofModuleMarkers);
            texts.put(module.code(), ofModuleTexts);
        }
        if (submissions == 0 && check.errors == 0) {
            check.problem(BulkProblem.ofFile("exchange.file.noValues"));
        }
        if (check.errors > 0 || dryRun) {
            int wouldEnrol = toEnrol.values().stream().mapToInt(Set::size).sum();
            return check.report(dryRun, submissions, 0, dryRun ? wouldEnrol : 0);
        }
        try {
            int[] counts =
                    transactions.execute(status -> store(year, figures, markers, texts, details, toEnrol, username));
            return check.report(false, submissions, counts[0], counts[1]);
        } catch (ImportConflictException e) {
            Map<Long, Group> ofModule = groups.getOrDefault(e.moduleCode(), Map.of());
            Group group = ofModule.get(e.organisationId());
            check.problem(group == null ? BulkProblem.ofFile("exchange.conflict") : group.problem("exchange.conflict"));
            return check.report(false, submissions, 0, 0);
        }
    }

    private int[] store(
            int year,
            Map<String, Map<Long, Map<String, BigDecimal>>> figures,
            Map<String, Map<Long, Map<String, ValueMarker>>> markers,
            Map<String, Map<Long, Map<String, String>>> texts,
            Map<String, Map<Long, Map<String, String>>> details,
            Map<String, Set<Long>> toEnrol,
            String username) {
        int enrolledNow = 0;
        List<AuditEntry> entries = new ArrayList<>();
        for (Map.Entry<String, Set<Long>> module : toEnrol.entrySet()) {
            for (long organisationId : module.getValue()) {
                enrolments.enrol(organisationId, year, module.getKey());
                entries.add(new AuditEntry(
                        username,
                        organisationId,
                        "AANGEMELD",
                        "participation",
                        organisationId + "/" + year + "/" + module.getKey(),
                        null,
                        null,
                        "bron: " + SOURCE));
                enrolledNow++;
            }
        }
        audit.recordAll(entries);
        int stored = 0;
        for (Map.Entry<String, Map<Long, Map<String, BigDecimal>>> module : figures.entrySet()) {
            stored += imports.storeApproved(
                    year,
                    module.getKey(),
                    module.getValue(),
                    markers.getOrDefault(module.getKey(), Map.of()),
                    texts.getOrDefault(module.getKey(), Map.of()),
                    details.getOrDefault(module.getKey(), Map.of()),
                    username,
                    SOURCE);
        }
        return new int[] {stored, enrolledNow};
    }

    /** Resolves codes, refuses unknown ones and duplicates, and groups values per module and organisation. */
    private Map<String, Map<Long, Group>> group(
            BulkFile file, List<ModuleCatalog> modules, Set<Long> cooperations, Check check) {
        Map<String, Long> idsByCode = organisations.idsByCode();
        Map<String, Set<String>> fieldsByModule = new HashMap<>();
        modules.forEach(m -> fieldsByModule.put(m.code(), new HashSet<>(imports.fieldKeys(m))));
        Map<String, Map<Long, Group>> groups = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> seenSubmissions = new HashMap<>();
        Set<String> reported = new HashSet<>();
        for (BulkEntry entry : file.entries()) {
            String code =
                    entry.organisation() == null ? "" : entry.organisation().toUpperCase(Locale.ROOT);
            Long organisationId = idsByCode.get(code);
            Optional<ModuleCatalog> module = moduleNamed(modules, entry.module());
            boolean json = file.format() == BulkFormat.JSON;
            String once = entry.row() + ":";
            if (organisationId == null && reported.add(once + "organisation")) {
                check.problem(new BulkProblem(
                        entry.row(), code, entry.module(), null, "exchange.row.unknownOrganisation", List.of(code)));
            }
            if (module.isEmpty() && reported.add(once + "module")) {
                check.problem(new BulkProblem(
                        entry.row(),
                        code,
                        entry.module(),
                        null,
                        "exchange.row.unknownModule",
                        List.of(entry.module())));
            }
            if (organisationId == null || module.isEmpty()) {
                continue;
            }
            String moduleCode = module.get().code();
            String submissionKey = organisationId + "/" + moduleCode;
            if (json && entry.field() == null) {
                Integer earlier = seenSubmissions.putIfAbsent(submissionKey, entry.row());
                if (earlier != null) {
                    check.problem(new BulkProblem(
                            entry.row(), code, moduleCode, null, "exchange.row.duplicateSubmission", List.of(earlier)));
                    continue;
                }
            }
            Integer owner = seenSubmissions.get(submissionKey);
            if (json && (owner == null || owner != entry.row())) {
                continue; // a duplicate submission, reported once above
            }
            Group group = groups.computeIfAbsent(moduleCode, k -> new LinkedHashMap<>())
                    .computeIfAbsent(organisationId, id -> new Group(entry.row(), code, moduleCode));
            if (entry.field() == null) {
                continue;
            }
            if (!fieldsByModule.get(moduleCode).contains(entry.field())
                    && !SubmissionDetailKeys.isDetail(entry.field())) {
                check.problem(new BulkProblem(
                        entry.row(),
                        code,
                        moduleCode,
                        JsonBulkFormat.abbreviate(entry.field()),
                        "exchange.row.unknownField",
                        List.of(JsonBulkFormat.abbreviate(entry.field()), moduleCode)));
                continue;
            }
            if (FieldKeys.isMemberCapacity(entry.field()) && !cooperations.contains(organisationId)) {
                check.problem(new BulkProblem(
                        entry.row(),
                        code,
                        moduleCode,
                        entry.field(),
                        "exchange.row.memberCapacityOnlyCooperation",
                        List.of(entry.field(), code)));
                continue;
            }
            Integer earlier = seen.putIfAbsent(submissionKey + "/" + entry.field(), entry.row());
            if (earlier != null) {
                check.problem(new BulkProblem(
                        entry.row(), code, moduleCode, entry.field(), "exchange.row.duplicate", List.of(earlier)));
                continue;
            }
            if (entry.raw() == null || entry.raw().isBlank()) {
                check.problem(new BulkProblem(
                        entry.row(), code, moduleCode, entry.field(), "exchange.row.emptyValue", List.of()));
                continue;
            }
            group.raw.put(entry.field(), entry.raw());
            group.rows.put(entry.field(), entry.row());
        }
        return groups;
    }

    /** The ids of the cooperations: only they report capacity at member municipalities. */
    private Set<Long> cooperations() {
        Set<Long> ids = new HashSet<>();
        organisations.all().stream()
                .filter(o -> o.kind() == OrganisationKind.SAMENWERKING)
                .forEach(o -> ids.add(o.id()));
        return ids;
    }

    private static Optional<ModuleCatalog> moduleNamed(List<ModuleCatalog> modules, String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = name.strip();
        return modules.stream()
                .filter(m -> m.code().equalsIgnoreCase(wanted) || m.slug().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /** One organisation's values for one module, with the row each came from. */
    private static final class Group {
        private final int firstRow;
        private final String organisation;
        private final String module;
        private final Map<String, String> raw = new LinkedHashMap<>();
        private final Map<String, Integer> rows = new HashMap<>();

        Group(int firstRow, String organisation, String module) {
            this.firstRow = firstRow;
            this.organisation = organisation;
            this.module = module;
        }

        int rowOf(String fieldKey) {
            return rows.getOrDefault(fieldKey, firstRow);
        }

        BulkProblem problem(String messageKey, Object... args) {
            return new BulkProblem(firstRow, organisation, module, null, messageKey, List.of(args));
        }

        BulkProblem problemAt(String fieldKey, String messageKey, Object... args) {
            return new BulkProblem(rowOf(fieldKey), organisation, module, fieldKey, messageKey, List.of(args));
        }
    }

    /** Collects the report lines of one check. */
    private final class Check {
        private final int year;
        private final BulkFormat format;
        private final Locale locale;
        private final List<BulkReport.Line> lines = new ArrayList<>();
        private int errors;
        private int warnings;

        Check(int year, BulkFormat format, Locale locale) {
            this.year = year;
            this.format = format;
            this.locale = locale;
        }

        void problem(BulkProblem problem) {
            line(
                    problem.row(),
                    problem.organisation(),
                    problem.module(),
                    problem.field(),
                    true,
                    messages.getMessage(problem.messageKey(), problem.args().toArray(), locale));
        }

        void line(int row, String organisation, String module, String field, boolean error, String message) {
            if (error) {
                errors++;
            } else {
                warnings++;
            }
            lines.add(new BulkReport.Line(row, organisation, module, field, error, message));
        }

        BulkReport report(boolean dryRun, int submissions, int imported, int enrolled) {
            List<BulkReport.Line> sorted = new ArrayList<>(lines);
            sorted.sort(Comparator.comparingInt(BulkReport.Line::row).thenComparing(line -> !line.error()));
            List<BulkReport.Line> shown = sorted.size() > MAX_REPORT_LINES
                    ? sorted.stream()
                            .sorted(Comparator.comparing((BulkReport.Line line) -> !line.error()))
                            .limit(MAX_REPORT_LINES)
                            .sorted(Comparator.comparingInt(BulkReport.Line::row))
                            .toList()
                    : sorted;
            return new BulkReport(year, format, dryRun, submissions, imported, enrolled, errors, warnings, shown);
        }
    }
}
