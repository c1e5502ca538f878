package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class EditionPageIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    AuditLog audit;

    @Test
    void aDeelnemerOrLezerCannotReachOrChangeTheEditionPage() {
        TestData.Subject subject = testData.newOrganisation(2046);
        UserAgent deelnemer = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        deelnemer.get("/");

        assertThat(deelnemer.get("/beheer/editie/2046/participatie").statusCode())
                .isEqualTo(403);
        assertThat(deelnemer
                        .postForm("/beheer/editie/2046/participatie/publiceren", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD)
                        .get("/beheer/editie/2046/participatie")
                        .statusCode())
                .isEqualTo(403);
        assertThat(editions.settings(2046, "PARTICIPATIE").published()).isFalse();
    }

    @Test
    void theStatusOverviewLinksToTheEditionPageOfEachModule() {
        String page = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/status?jaar=2025")
                .body();

        assertThat(page)
                .contains("href=\"/beheer/editie/2025/participatie\"")
                .contains("href=\"/beheer/editie/2025/wmo\"");
    }

    @Test
    void everyViewOfTheEditionPageIsOnRecordBecauseItShowsOrganisationsCosts() {
        testData.newOrganisation(2141);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        assertThat(beheerder.get("/beheer/editie/2141/participatie").statusCode())
                .isEqualTo(200);
        beheerder.get("/beheer/editie/2141/participatie");

        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2141/PARTICIPATIE"))
                .filteredOn(entry -> entry.action().equals("INZAGE"))
                .hasSize(2)
                .allSatisfy(entry -> assertThat(entry.username()).isEqualTo("beheerder"));
    }

    @Test
    void anUnknownModuleOrYearIsNotFound() {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        assertThat(beheerder.get("/beheer/editie/2025/onbekend").statusCode()).isEqualTo(404);
        assertThat(beheerder.get("/beheer/editie/abc/participatie").statusCode())
                .isEqualTo(404);
    }

    @Test
    void theSettingsRefuseKBelowThreeAndNBelowKWithMessages() {
        testData.newOrganisation(2046);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2046/participatie");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/editie/2046/participatie/instellingen",
                Map.of(
                        "allowed",
                        "NAASTE_BUREN",
                        "defaultPolicy",
                        "NAASTE_BUREN",
                        "neighbourCount",
                        "2",
                        "minimumReferenceSize",
                        "2",
                        "version",
                        "0"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("k moet minstens 3 zijn.").contains("Niet opgeslagen");
        assertThat(editions.settings(2046, "PARTICIPATIE").allowedPolicies())
                .containsExactly(ReferencePolicy.ALLE_GOEDGEKEURD);
    }

    @Test
    void savedSettingsAreUsedAndEveryChangedFieldIsAudited() {
        testData.newOrganisation(2047);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2047/participatie");

        HttpResponse<String> response = beheerder.postRaw(
                "/beheer/editie/2047/participatie/instellingen",
                "application/x-www-form-urlencoded",
                ("allowed=ALLE_GOEDGEKEURD&allowed=NAASTE_BUREN&defaultPolicy=NAASTE_BUREN&neighbourCount=8"
                                + "&minimumReferenceSize=4&version=0&_csrf=" + beheerder.csrfToken())
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(302);
        EditionSettings settings = editions.settings(2047, "PARTICIPATIE");
        assertThat(settings.allowedPolicies())
                .containsExactlyInAnyOrder(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.NAASTE_BUREN);
        assertThat(settings.defaultPolicy()).isEqualTo(ReferencePolicy.NAASTE_BUREN);
        assertThat(settings.neighbourCount()).isEqualTo(8);
        assertThat(settings.minimumReferenceSize()).isEqualTo(4);
        List<AuditRecord> entries = audit.forEntity(EditionService.AUDIT_ENTITY, "2047/PARTICIPATIE");
        assertThat(entries)
                .extracting(AuditRecord::field)
                .contains("toegestane_referentiegroepen", "standaard_referentiegroep", "n_naaste_buren", "k");
        assertThat(entries).allMatch(e -> e.username().equals("beheerder"));
    }

    @Test
    void aSettingsFormBasedOnAnOlderVersionIsRefusedAndKeepsTheTypedChoices() {
        testData.newOrganisation(2046);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2046/wmo");
        editions.changeSettings(
                2046,
                "WMO",
                new EditionService.SettingsChange(
                        EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.GROOTTEKLASSE),
                        ReferencePolicy.GROOTTEKLASSE,
                        10,
                        5,
                        0),
                "andere-beheerder");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/editie/2046/wmo/instellingen",
                Map.of(
                        "allowed",
                        "NAASTE_BUREN",
                        "defaultPolicy",
                        "NAASTE_BUREN",
                        "neighbourCount",
                        "12",
                        "minimumReferenceSize",
                        "6",
                        "version",
                        "0"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Iemand anders heeft de instellingen van deze editie intussen gewijzigd")
                .contains("value=\"12\"")
                .contains("name=\"version\" value=\"1\"");
        EditionSettings settings = editions.settings(2046, "WMO");
        assertThat(settings.defaultPolicy()).isEqualTo(ReferencePolicy.GROOTTEKLASSE);
        assertThat(settings.neighbourCount()).isEqualTo(10);
    }

    @Test
    void theBeheerderDefinesANamedSetAndSeesWhichMembersHaveNotConsented() {
        TestData.Subject consenting = testData.newOrganisation(2047);
        TestData.Subject notConsenting = testData.newOrganisation(2047);
        editions.setConsent(consenting.organisationId(), true, "test");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2047/wmo");

        HttpResponse<String> response = beheerder.postRaw(
                "/beheer/editie/2047/wmo/maatwerksets",
                "application/x-www-form-urlencoded",
                ("name=Buurgemeenten&members=" + consenting.organisationId() + "&members="
                                + notConsenting.organisationId() + "&_csrf=" + beheerder.csrfToken())
                        .getBytes(StandardCharsets.UTF_8));
        String page = beheerder.get("/beheer/editie/2047/wmo").body();

        assertThat(response.statusCode()).isEqualTo(302);
        NamedSet set = editions.settings(2047, "WMO").namedSets().get(0);
        assertThat(set.name()).isEqualTo("Buurgemeenten");
        assertThat(set.consenting()).containsExactly(consenting.organisationId());
        assertThat(page)
                .contains("Buurgemeenten")
                .contains(notConsenting.name())
                .contains("geen toestemming");
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2047/WMO"))
                .anyMatch(e -> e.action().equals("MAATWERKSET_AANGEMAAKT"));
    }

    @Test
    void theDemoEditionsArePublishedWithTheFourPoliciesOfSpecSectionFourAndANamedSet() {
        for (String module : CatalogService.MODULE_ORDER) {
            EditionSettings settings = editions.settings(2025, module);
            assertThat(settings.published()).isTrue();
            assertThat(settings.allowedPolicies())
                    .containsExactlyInAnyOrder(
                            ReferencePolicy.ALLE_GOEDGEKEURD,
                            ReferencePolicy.GROOTTEKLASSE,
                            ReferencePolicy.NAASTE_BUREN,
                            ReferencePolicy.MAATWERK);
            assertThat(settings.namedSets()).hasSize(1);
            assertThat(settings.namedSets().get(0).consenting()).hasSizeGreaterThanOrEqualTo(4);
        }
    }
}
