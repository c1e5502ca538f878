package nl.maatstaf.submission;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.catalog.ModuleCatalog;
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

    StatusOverview(Enrolments enrolments, OrganisationService organisations, SubmissionService submissions) {
        this.enrolments = enrolments;
        this.organisations = organisations;
        this.submissions = submissions;
    }

    /** One cell; {@code enrolled} false means the organisation does not take part in that module. */
    record Cell(boolean enrolled, String status, Long submissionId, String questionnaireUrl) {}

    record Row(Organisation organisation, List<Cell> cells) {}

    record Overview(List<ModuleCatalog> modules, List<Row> rows, Map<String, Map<String, Integer>> counts) {}

    Overview of(int year, List<ModuleCatalog> modules) {
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
                    cells.add(new Cell(false, null, null, null));
                    continue;
                }
                SubmissionRow row = byOrganisationAndModule.get(organisation.id() + "/" + module.code());
                String status = row == null ? NOT_STARTED : row.status().name();
                counts.get(module.code()).merge(status, 1, Integer::sum);
                cells.add(new Cell(
                        true,
                        status,
                        row == null ? null : row.id(),
                        "/aanleveren/" + year + "/" + module.slug() + "?organisatie=" + organisation.id()));
            }
            rows.add(new Row(organisation, cells));
        }
        return new Overview(modules, rows, counts);
    }
}
