package nl.maatstaf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The beheerder's enrolment page: enrol one organisation or a list, and withdraw before a submission. */
@IntegrationTest
class EnrolmentPageIT {

    /** The organisations are made in this year (enrolled there); the tests enrol them in the next. */
    static final int HOME_YEAR = 2200;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private UserAgent beheerderOn(int year) {
        catalog.openYearWithStandardCatalog(year);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        assertThat(beheerder.get("/beheer/inschrijvingen/" + year).statusCode()).isEqualTo(200);
        return beheerder;
    }

    private String code(TestData.Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    private static Map<String, String> form(String... pairs) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            fields.put(pairs[i], pairs[i + 1]);
        }
        return fields;
    }

    @Test
    void theBeheerderEnrolsOneOrganisationInAModuleAndTheEnrolmentIsOnRecord() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2201);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/inschrijvingen/2201/inschrijven",
                form("organisationId", String.valueOf(subject.organisationId()), "modules", "WMO"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2201, "WMO")).isTrue();
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2201, "JEUGD"))
                .isFalse();
        assertThat(beheerder.get("/beheer/inschrijvingen/2201").body())
                .contains(subject.name() + " – Ingeschreven: Wmo.");
        assertThat(audit.forEntity(Enrolments.AUDIT_ENTITY, "2201/WMO"))
                .filteredOn(entry -> subject.organisationId() == entry.organisationId())
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.action()).isEqualTo("INGESCHREVEN");
                    assertThat(entry.username()).isEqualTo("beheerder");
                });
    }

    @Test
    void enrollingWithoutAModuleIsRefusedAtTheField() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2201);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/inschrijvingen/2201/inschrijven",
                form("organisationId", String.valueOf(subject.organisationId())));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Kies minstens één module.");
        assertThat(enrolments.modulesOf(subject.organisationId(), 2201)).isEmpty();
    }

    @Test
    void aListWithAnUnknownCodeEnrolsNobodyAndNamesTheLineOfTheCode() {
        TestData.Subject first = testData.newOrganisation(HOME_YEAR);
        TestData.Subject second = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2202);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/inschrijvingen/2202/lijst",
                form("codes", "code\n" + code(first) + "\nXX9999;onbekend\n\n" + code(second), "modules", "WMO"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Er is niemand ingeschreven. Verbeter de fouten hieronder.")
                .contains("Regel 3: er is geen organisatie met code XX9999.");
        assertThat(enrolments.isEnrolled(first.organisationId(), 2202, "WMO")).isFalse();
        assertThat(enrolments.isEnrolled(second.organisationId(), 2202, "WMO")).isFalse();
    }

    @Test
    void anUploadedListEnrolsEveryoneAndNamesThoseEnrolledAlreadyWithoutCallingItAnError() {
        TestData.Subject first = testData.newOrganisation(HOME_YEAR);
        TestData.Subject second = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2203);
        enrolments.enrol(first.organisationId(), 2203, "JEUGD", "test");
        byte[] file = ("\uFEFFcode;naam\r\n" + code(first) + ";Eerste\r\n"
                        + code(second).toLowerCase() + ";Tweede\r\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = beheerder.postFile(
                "/beheer/inschrijvingen/2203/lijst",
                Map.of("codes", "", "modules", "JEUGD"),
                "file",
                "lijst.csv",
                file);

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(enrolments.isEnrolled(second.organisationId(), 2203, "JEUGD"))
                .isTrue();
        assertThat(beheerder.get("/beheer/inschrijvingen/2203").body())
                .contains("1 inschrijving(en) toegevoegd.")
                .contains("Al ingeschreven (niets veranderd): " + first.name() + " (Jeugd).");
        assertThat(audit.forEntity(Enrolments.AUDIT_ENTITY, "2203/JEUGD"))
                .filteredOn(entry -> entry.action().equals("INGESCHREVEN"))
                .extracting(entry -> entry.organisationId())
                .as("the enrolment by the test itself and the one by the list, none for the one enrolled already")
                .containsExactlyInAnyOrder(first.organisationId(), second.organisationId());
    }

    @Test
    void anEnrolmentIsWithdrawnWhileTheOrganisationHasNoSubmission() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2204);
        enrolments.enrol(subject.organisationId(), 2204, "WMO", "test");
        beheerder.get("/beheer/inschrijvingen/2204");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/inschrijvingen/2204/wmo/" + subject.organisationId() + "/intrekken", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2204, "WMO")).isFalse();
        assertThat(beheerder.get("/beheer/inschrijvingen/2204").body())
                .contains("De inschrijving van " + subject.name() + " voor Wmo 2204 is ingetrokken.");
        assertThat(audit.forEntity(Enrolments.AUDIT_ENTITY, "2204/WMO"))
                .filteredOn(entry -> entry.action().equals("INSCHRIJVING_INGETROKKEN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.organisationId()).isEqualTo(subject.organisationId()));
    }

    @Test
    void anEnrolmentIsNotWithdrawnOnceTheOrganisationHasADraft() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        UserAgent beheerder = beheerderOn(2204);
        enrolments.enrol(subject.organisationId(), 2204, "JEUGD", "test");
        jdbc.sql("""
                        INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version, updated_at,
                            updated_by)
                        VALUES (:org, 2204, 'JEUGD', 'CONCEPT', 0, :at, 'test')
                        """)
                .param("org", subject.organisationId())
                .param("at", OffsetDateTime.now())
                .update();
        beheerder.get("/beheer/inschrijvingen/2204");

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/inschrijvingen/2204/jeugd/" + subject.organisationId() + "/intrekken", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2204, "JEUGD"))
                .isTrue();
        assertThat(beheerder.get("/beheer/inschrijvingen/2204").body())
                .contains("De inschrijving van " + subject.name()
                        + " voor Jeugd 2204 is niet ingetrokken: er is al een concept of inzending.");
        assertThat(audit.forEntity(Enrolments.AUDIT_ENTITY, "2204/JEUGD"))
                .filteredOn(entry -> entry.action().equals("INSCHRIJVING_INGETROKKEN"))
                .isEmpty();
    }

    @Test
    void aDeelnemerCannotReachTheEnrolmentPageNorEnrolAnyone() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(2201);
        UserAgent deelnemer = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        deelnemer.get("/");

        assertThat(deelnemer.get("/beheer/inschrijvingen/2201").statusCode()).isEqualTo(403);
        assertThat(deelnemer
                        .postForm(
                                "/beheer/inschrijvingen/2201/inschrijven",
                                form("organisationId", String.valueOf(subject.organisationId()), "modules", "WMO"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(enrolments.modulesOf(subject.organisationId(), 2201)).isEqualTo(List.of());
    }

    @Test
    void theEnrolmentPageOpensOnTheNewestOpenPeiljaar() {
        catalog.openYearWithStandardCatalog(2201);

        HttpResponse<String> response =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/beheer/inschrijvingen");

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElse("")).matches(".*/beheer/inschrijvingen/\\d{4}");
    }

    @Test
    void aClosedPeiljaarIsShownWithoutTheFormsThatWouldChangeIt() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(2205);
        enrolments.enrol(subject.organisationId(), 2205, "WMO", "test");
        jdbc.sql("UPDATE benchmark_year SET status = 'GESLOTEN' WHERE peiljaar = 2205")
                .update();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        String page = beheerder.get("/beheer/inschrijvingen/2205").body();
        HttpResponse<String> enrol = beheerder.postForm(
                "/beheer/inschrijvingen/2205/inschrijven",
                form("organisationId", String.valueOf(subject.organisationId()), "modules", "JEUGD"));

        assertThat(page)
                .contains("Peiljaar 2205 is gesloten: de inschrijvingen zijn alleen te bekijken.")
                .contains(subject.name())
                .doesNotContain("id=\"enrol-one\"")
                .doesNotContain("/intrekken");
        assertThat(enrol.statusCode()).isEqualTo(200);
        assertThat(enrol.body()).contains("Peiljaar 2205 is niet open: inschrijvingen kunnen niet meer veranderen.");
        assertThat(enrolments.isEnrolled(subject.organisationId(), 2205, "JEUGD"))
                .isFalse();
    }
}
