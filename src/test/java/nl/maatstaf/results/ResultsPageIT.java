package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.catalog.Task;
import nl.maatstaf.catalog.TaskGroup;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.MemberCapacity;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.engine.TaskInput;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmission;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class ResultsPageIT {

    private static final String MER = "Servicecentrum MER";

    @LocalServerPort
    int port;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    CatalogService catalog;

    @Autowired
    OrganisationService organisations;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Test
    void theDemoDeelnemerSeesTheTotalCostPerUitkeringAsTheEngineComputesIt() {
        long mer = organisations.findByName(MER).orElseThrow().id();
        ModuleCatalog module = catalog.find(2025, "PARTICIPATIE").orElseThrow();
        List<BigDecimal> referenceTotals = new ArrayList<>();
        BigDecimal own = null;
        for (ApprovedSubmission submission : approved.approved(2025, "PARTICIPATIE")) {
            BigDecimal total = BenchmarkEngine.figures(module.engineDefinition(), input(module, submission))
                    .total()
                    .costPerUnit();
            if (submission.organisationId() == mer) {
                own = total;
            } else {
                referenceTotals.add(total);
            }
        }

        String body = html(UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/participatie"));

        assertThat(body)
                .contains(MER)
                .contains("Totale kosten per uitkering")
                .contains(DutchFormat.euro(own))
                .contains("Referentie " + DutchFormat.euro(ItFigures.mean(referenceTotals)) + " ("
                        + referenceTotals.size() + " organisaties)");
    }

    @Test
    void theOverviewStatesThePolicyTheNoJudgementTextAndTheReadingGuide() {
        String body = html(UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/participatie"));

        assertThat(body)
                .contains("Referentiegroep: alle deelnemers met goedgekeurde gegevens")
                .contains("Geen oordeel, wel inzicht")
                .contains("knelpunten in een team")
                .contains("Leeswijzer voor deze module")
                .contains("data-chart-type=\"stacked\"");
    }

    @Test
    void theLezerCanReadTheOwnOrganisationsResults() {
        HttpResponse<String> response =
                UserAgent.loggedIn(port, "lezer", "demo").get("/resultaten/2025/participatie?tab=kosten");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains(MER).contains("Kosten taken belegd bij derden");
    }

    @Test
    void theCostTabListsTaskRowsUnderTheirGroupEvenWithoutScript() {
        String body =
                html(UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/participatie?tab=kosten"));

        assertThat(body)
                .contains("data-toggle-group=\"UITVOERING\"")
                .contains("data-group-row=\"UITVOERING\"")
                .doesNotContain("data-group-row=\"UITVOERING\" hidden")
                .contains("Hoe is dit berekend?");
    }

    @Test
    void theFormationAndIndicatorTabsRender() {
        UserAgent deelnemer = UserAgent.loggedIn(port, "deelnemer", "demo");

        assertThat(html(deelnemer.get("/resultaten/2025/wmo?tab=formatie"))).contains("Fte per 100 beschikkingen");
        assertThat(html(deelnemer.get("/resultaten/2025/jeugd?tab=indicatoren")))
                .contains("data-chart-type=\"spread\"")
                .contains("Mediaan");
    }

    @Test
    void fewerThanKReferencesShowOnlyTheOwnFigures() {
        int year = 2032;
        TestData.Subject own = testData.newOrganisation(year);
        approved.storeApproved(
                own.organisationId(), year, "PARTICIPATIE", ItFigures.participatie(400, 250_000), "test");
        List<BigDecimal> others = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            long id = testData.newOrganisation(year).organisationId();
            approved.storeApproved(
                    id, year, "PARTICIPATIE", ItFigures.participatie(300 + 17 * i, 190_000 + 3_331L * i), "test");
            others.add(ItFigures.totalCostPerUnit(300 + 17 * i, 190_000 + 3_331L * i));
        }
        publisher.publish(year, "PARTICIPATIE", "test", null);

        String body = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie"));

        assertThat(body)
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(400, 250_000)))
                .contains("te weinig referenties")
                .contains("De referentiegroep telt 4 organisaties, minder dan het minimum van 5")
                .doesNotContain(DutchFormat.euro(ItFigures.mean(others)))
                .doesNotContain("Referentie €");
    }

    @Test
    void anOrganisationWithoutApprovedDataGetsAMessageAndALinkToDataAanleveren() {
        TestData.Subject own = testData.newOrganisation(2034);

        HttpResponse<String> response = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2034/schuldhulpverlening");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response))
                .contains("(nog) geen goedgekeurde gegevens")
                .contains("href=\"/aanleveren/2034/schuldhulpverlening\"");
    }

    @Test
    void anUnknownModuleIsNotFound() {
        HttpResponse<String> response =
                UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/onbekend");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).doesNotContain("Exception");
    }

    @Test
    void anUnknownOrMalformedYearIsNotFound() {
        UserAgent deelnemer = UserAgent.loggedIn(port, "deelnemer", "demo");

        assertThat(deelnemer.get("/resultaten/1999/participatie").statusCode()).isEqualTo(404);
        assertThat(deelnemer.get("/resultaten/twintig/participatie").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anUnknownTabShowsTheOverview() {
        HttpResponse<String> response =
                UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/participatie?tab=xyz");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Totale kosten per uitkering");
    }

    @Test
    void theEnglishPageUsesTheEnglishBundleWithDutchNumbers() {
        String body = html(UserAgent.loggedIn(port, "deelnemer", "demo").get("/resultaten/2025/participatie?lang=en"));

        assertThat(body)
                .contains("No judgement, only insight")
                .contains("Total costs per benefit")
                .contains("€ ");
    }

    private static String html(HttpResponse<String> response) {
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body().replace("&amp;", "&");
    }

    /** The engine input built here, independently of the code under test. */
    private static OrganisationInput input(ModuleCatalog module, ApprovedSubmission submission) {
        Map<String, TaskInput> tasks = new HashMap<>();
        Map<String, BigDecimal> outsourcing = new HashMap<>();
        for (TaskGroup group : module.groups()) {
            outsourcing.put(group.code(), submission.value(FieldKeys.outsourcing(group.code())));
            for (Task task : group.tasks()) {
                tasks.put(
                        task.code(),
                        new TaskInput(
                                submission.value(FieldKeys.task(task.code(), TaskField.FTE)),
                                submission.value(FieldKeys.task(task.code(), TaskField.LOONKOSTEN)),
                                submission.value(FieldKeys.task(task.code(), TaskField.INHUURKOSTEN)),
                                submission.value(FieldKeys.task(task.code(), TaskField.FTE_DERDEN)),
                                submission.value(FieldKeys.task(task.code(), TaskField.OPBRENGSTEN_DERDEN))));
            }
        }
        Map<String, BigDecimal> indicators =
                Map.of(module.hoofdfactor(), submission.value(FieldKeys.indicator(module.hoofdfactor())));
        // The demo cooperation's member municipalities keep capacity of their own, counted in its groups.
        Map<String, MemberCapacity> memberCapacity = new HashMap<>();
        for (TaskGroup group : module.groups()) {
            BigDecimal fte = submission.value(FieldKeys.memberFte(group.code()));
            BigDecimal cost = submission.value(FieldKeys.memberCost(group.code()));
            if (fte != null || cost != null) {
                memberCapacity.put(group.code(), new MemberCapacity(fte, cost));
            }
        }
        return new OrganisationInput(
                submission.organisationId(),
                null,
                tasks,
                outsourcing,
                indicators,
                Map.of(),
                !memberCapacity.isEmpty(),
                memberCapacity);
    }
}
