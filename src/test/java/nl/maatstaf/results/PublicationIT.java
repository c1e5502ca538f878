package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Before publication participants see only their own, preliminary figures; the beheerder sees all. */
@IntegrationTest
class PublicationIT extends EditionIntegrationTestSupport {

    @Autowired
    AuditLog audit;

    private final int year = 2040;
    private TestData.Subject own;

    @BeforeEach
    void sixMoreApprovedParticipantsInAnUnpublishedYear() {
        List<TestData.Subject> subjects = approvedParticipants(year, 6);
        own = subjects.get(0);
        editions.withdraw(year, "PARTICIPATIE", "test");
    }

    @Test
    void aDeelnemerSeesOnlyItsOwnFiguresMarkedPreliminaryBeforePublication() {
        String page = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie?tab=kosten"));

        assertThat(page)
                .contains("Voorlopige cijfers")
                .contains(nl.maatstaf.common.DutchFormat.euro(ItFigures.totalCostPerUnit(400, 200_000)))
                .contains("nog niet gepubliceerd")
                .doesNotContain("Referentie €")
                .doesNotContain("Referentiegroep:");
    }

    @Test
    void aLezerGetsPreliminaryResultsWithoutAnyReferenceValueFromTheApi() throws Exception {
        JsonNode api = api(own.lezer(), "");

        assertThat(api.get("preliminary").asBoolean()).isTrue();
        assertThat(api.get("published").asBoolean()).isFalse();
        assertThat(api.at("/referenceGroup/size").asInt()).isZero();
        assertThat(api.at("/costs/total/ownPerUnit").decimalValue())
                .isEqualByComparingTo(ItFigures.totalCostPerUnit(400, 200_000));
        assertThat(api.at("/costs/total/reference").isNull()).isTrue();
        assertThat(api.at("/derivedIndicators/0/spread").isNull()).isTrue();
        assertThat(api.at("/derivedIndicators/0/reference").isNull()).isTrue();
    }

    @Test
    void theBeheerderSeesFullResultsMarkedNotYetPublished() throws Exception {
        String page = html(UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/resultaten/" + year + "/participatie?organisatie=" + own.organisationId()));
        JsonNode api = results(own.organisationId(), year, "", "beheerder", "demo");

        assertThat(page)
                .contains("Nog niet gepubliceerd")
                .contains("Referentiegroep:")
                .contains("Referentie €");
        assertThat(api.get("preliminary").asBoolean()).isFalse();
        assertThat(api.get("published").asBoolean()).isFalse();
        assertThat(api.at("/referenceGroup/size").asInt()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void publishingShowsTheComparisonAndWithdrawingHidesItAgainBothAudited() throws Exception {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/" + year + "/participatie");
        beheerder.postForm("/beheer/editie/" + year + "/participatie/publiceren", java.util.Map.of());

        String published = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/" + year + "/participatie"));
        assertThat(published).doesNotContain("Voorlopige cijfers").contains("Referentiegroep:");
        assertThat(api(own.lezer(), "").get("preliminary").asBoolean()).isFalse();

        beheerder.get("/beheer/editie/" + year + "/participatie");
        beheerder.postForm("/beheer/editie/" + year + "/participatie/intrekken", java.util.Map.of("bevestigen", "ja"));

        assertThat(api(own.lezer(), "").get("preliminary").asBoolean()).isTrue();
        List<AuditRecord> entries =
                audit.forEntity(EditionService.AUDIT_ENTITY, EditionService.auditKey(year, "PARTICIPATIE"));
        assertThat(entries).extracting(AuditRecord::action).contains("EDITIE_GEPUBLICEERD", "PUBLICATIE_INGETROKKEN");
        assertThat(entries.get(0).action()).isEqualTo("PUBLICATIE_INGETROKKEN");
        assertThat(entries.get(0).username()).isEqualTo("beheerder");
    }

    private JsonNode api(String username, String query) throws Exception {
        return results(own.organisationId(), year, query, username, TestData.PASSWORD);
    }
}
