package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.OutlierDecision;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/** The beheerder sees outliers by Tukey fences and excludes or keeps each with a reason. */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutlierIT extends EditionIntegrationTestSupport {

    private static final int YEAR = 2044;
    private static final String EDITION_PAGE = "/beheer/editie/" + YEAR + "/participatie";

    @Autowired
    AuditLog audit;

    private List<TestData.Subject> normal;
    private TestData.Subject extreme;

    @BeforeAll
    void sevenSimilarOrganisationsAndOneFarMoreExpensive() {
        normal = approvedParticipants(YEAR, 7);
        extreme = testData.newOrganisation(YEAR);
        approved.storeApproved(
                extreme.organisationId(), YEAR, "PARTICIPATIE", ItFigures.participatie(100, 900_000), "test");
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
    }

    @Test
    void theEditionPageFlagsTheOrganisationOutsideTheFencesWithItsCostPerUnit() {
        String page = html(UserAgent.loggedIn(port, "beheerder", "demo").get(EDITION_PAGE));
        String outliers = page.substring(page.indexOf("<table class=\"data outliers\""));
        outliers = outliers.substring(0, outliers.indexOf("</table>"));

        assertThat(page).contains("ondergrens");
        assertThat(outliers)
                .contains(extreme.name())
                .contains(DutchFormat.euro(ItFigures.totalCostPerUnit(100, 900_000)))
                .contains("buiten de grenzen")
                .doesNotContain(normal.get(0).name());
    }

    @Test
    void aDecisionWithoutReasonIsRefusedWithAMessage() {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(EDITION_PAGE);

        String page = html(beheerder.postForm(
                EDITION_PAGE + "/uitschieters",
                Map.of(
                        "organisationId",
                        String.valueOf(normal.get(6).organisationId()),
                        "decision",
                        "UITSLUITEN",
                        "reason",
                        "  ")));

        assertThat(page).contains("Schrijf de reden van uw besluit op.");
        assertThat(editions.settings(YEAR, "PARTICIPATIE")
                        .outlierDecision(normal.get(6).organisationId()))
                .isEmpty();
    }

    @Test
    void excludingLeavesTheOrganisationOutOfOthersGroupsButItStillSeesItsOwnResults() throws Exception {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(EDITION_PAGE);

        HttpResponse<String> response = beheerder.postForm(
                EDITION_PAGE + "/uitschieters",
                Map.of(
                        "organisationId", String.valueOf(extreme.organisationId()),
                        "decision", "UITSLUITEN",
                        "reason", "Telt ook de uitvoering voor een buurgemeente mee"));

        assertThat(response.statusCode()).isEqualTo(302);
        // Participants see the publication until the next one; one organisation fewer needs a reason.
        assertThat(api(normal.get(0)).at("/referenceGroup/size").asInt()).isEqualTo(7);
        assertThat(publisher.publish(YEAR, "PARTICIPATIE", "beheerder", "Uitschieter uitgesloten na controle"))
                .isInstanceOf(EditionPublisher.Outcome.Published.class);
        JsonNode own = api(extreme);
        JsonNode other = api(normal.get(0));
        assertThat(own.at("/referenceGroup/size").asInt()).isEqualTo(7);
        assertThat(own.at("/costs/total/reference").isNumber()).isTrue();
        assertThat(other.at("/referenceGroup/size").asInt()).isEqualTo(6);
        AuditRecord entry =
                audit.forEntity(EditionService.AUDIT_ENTITY, EditionService.auditKey(YEAR, "PARTICIPATIE")).stream()
                        .filter(e -> e.action().equals("UITSCHIETER_UITGESLOTEN"))
                        .findFirst()
                        .orElseThrow();
        assertThat(entry.organisationId()).isEqualTo(extreme.organisationId());
        assertThat(entry.newValue()).isEqualTo("Telt ook de uitvoering voor een buurgemeente mee");
        assertThat(entry.username()).isEqualTo("beheerder");
    }

    @Test
    void keepingIsRecordedWithItsReasonAndAudited() {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get(EDITION_PAGE);

        beheerder.postForm(
                EDITION_PAGE + "/uitschieters",
                Map.of(
                        "organisationId", String.valueOf(normal.get(5).organisationId()),
                        "decision", "BEHOUDEN",
                        "reason", "Cijfers nagevraagd en juist"));

        OutlierDecision decision = editions.settings(YEAR, "PARTICIPATIE")
                .outlierDecision(normal.get(5).organisationId())
                .orElseThrow();
        assertThat(decision.excluded()).isFalse();
        assertThat(decision.reason()).isEqualTo("Cijfers nagevraagd en juist");
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, EditionService.auditKey(YEAR, "PARTICIPATIE")))
                .anyMatch(e -> e.action().equals("UITSCHIETER_BEHOUDEN")
                        && e.organisationId() == normal.get(5).organisationId());
    }

    private JsonNode api(TestData.Subject subject) throws Exception {
        return results(subject.organisationId(), YEAR, "", subject.deelnemer(), TestData.PASSWORD);
    }
}
