package nl.maatstaf.submission;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.organisation.Organisation;
import nl.maatstaf.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/** The beheerder's matrix: every enrolled organisation × module of a year with its status. */
@Component
class StatusOverview {

    static final String NOT_STARTED = "NIET_GESTART";
    static final List<String> STATUSES = List.of(NOT_STARTED, "CONCEPT", "INGEDIEND", "GOEDGEKEURD", "TERUGGESTUURD");

    private final Enrolments enrolments;
    private final OrganisationService organisations;
    private final SubmissionService submissions;
    private final EditionService editions;
    private final Clock clock;

    StatusOverview(
            Enrolments enrolments,
            OrganisationService organisations,
            SubmissionService submissions,
            EditionService editions,
            Clock clock) {
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.submissions = submissions;
        this.editions = editions;
        this.clock = clock;
    }

    /**
     * One cell; {@code enrolled} false means the organisation does not take part in that module.
     * {@code late}: the module's deadline has passed and nothing was submitted (or it was returned).
     * {@code row} is the draft with its contact person, or null when not started.
     */
    record Cell(
            boolean enrolled,
            String status,
            Long submissionId,
            String questionnaireUrl,
            boolean late,
            ModuleCatalog module,
            SubmissionRow row) {

        /** Not submitted: nothing awaits review or counts in the benchmark. */
        boolean notSubmitted() {
            return enrolled && !SUBMITTED.contains(status);
        }
    }

    /** What counts as submitted for the late list: awaiting review or approved. */
    static final List<String> SUBMITTED = List.of("INGEDIEND", "GOEDGEKEURD");

    record Row(Organisation organisation, List<Cell> cells) {}

    /**
     * @param deadlines the module's submission deadline by module code, where set
     * @param late the number of late organisations by module code
     */
    record Overview(
            List<ModuleCatalog> modules,
            List<Row> rows,
            Map<String, Map<String, Integer>> counts,
            Map<String, LocalDate> deadlines,
            Map<String, Integer> late) {}

    Overview of(int year, List<ModuleCatalog> modules) {
        LocalDate today = LocalDate.now(clock);
        Map<String, LocalDate> deadlines = editions.deadlines(year);
        Map<String, Integer> late = new LinkedHashMap<>();
        modules.forEach(m -> late.put(m.code(), 0));
        Map<String, Set<Long>> participants = new LinkedHashMap<>();
        Set<Long> everyone = new HashSet<>();
        for (ModuleCatalog module : modules) {
            Set<Long> ids = new HashSet<>(enrolments.participants(year, module.code()));
            participants.put(module.code(), ids);
            everyone.addAll(ids);
        }
        Map<String, SubmissionRow> byOrganisationAndModule = new HashMap<>();
        for (SubmissionRow row : submissions.ofYear(year)) {
            byOrganisationAndModule.put(row.organisationId() + "/" + row.moduleCode(), row);
        }
        Map<String, Map<String, Integer>> counts = new LinkedHashMap<>();
        modules.forEach(m -> {
            Map<String, Integer> perStatus = new LinkedHashMap<>();
            STATUSES.forEach(s -> perStatus.put(s, 0));
            counts.put(m.code(), perStatus);
        });
        List<Row> rows = new ArrayList<>();
        for (Organisation organisation : organisations.findAll(everyone)) {
            List<Cell> cells = new ArrayList<>();
            for (ModuleCatalog module : modules) {
                if (!participants.get(module.code()).contains(organisation.id())) {
                    cells.add(new Cell(false, null, null, null, false, module, null));
                    continue;
                }
                SubmissionRow row = byOrganisationAndModule.get(organisation.id() + "/" + module.code());
                String status = row == null ? NOT_STARTED : row.status().name();
                counts.get(module.code()).merge(status, 1, Integer::sum);
                LocalDate deadline = deadlines.get(module.code());
                boolean isLate = deadline != null && today.isAfter(deadline) && !SUBMITTED.contains(status);
                if (isLate) {
                    late.merge(module.code(), 1, Integer::sum);
                }
                cells.add(new Cell(
                        true,
                        status,
                        row == null ? null : row.id(),
                        "/aanleveren/" + year + "/" + module.slug() + "?organisatie=" + organisation.id(),
                        isLate,
                        module,
                        row));
            }
            rows.add(new Row(organisation, cells));
        }
        return new Overview(modules, rows, counts, deadlines, late);
    }
}
