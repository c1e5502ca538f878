package nl.maatstaf.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.EnrolmentApplication;
import nl.maatstaf.catalog.EnrolmentApplicationStatus;
import nl.maatstaf.catalog.EnrolmentApplications;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** An organisation applies for a module; the beheerder confirms or declines; the organisation sees the outcome. */
@IntegrationTest
class ApplicationIT {

    static final int HOME_YEAR = 2200;
    static final int YEAR = 2207;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    EnrolmentApplications applications;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    private record Applicant(TestData.Subject subject, UserAgent orgAdmin) {}

    private Applicant orgAdminOfNewOrganisation() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(YEAR);
        String username = "test-orgadmin-" + subject.organisationId();
        accounts.create(new UserAccounts.NewAccount(
                username, TestData.PASSWORD, "Org Beheer", Role.DEELNEMER, subject.organisationId(), true));
        UserAgent orgAdmin = UserAgent.loggedIn(port, username, TestData.PASSWORD);
        assertThat(orgAdmin.get("/organisatie/inschrijvingen").statusCode()).isEqualTo(200);
        return new Applicant(subject, orgAdmin);
    }

    private EnrolmentApplication applicationOf(TestData.Subject subject) {
        return applications.ofOrganisation(subject.organisationId()).stream()
                .filter(a -> a.year() == YEAR && a.moduleCode().equals("WMO"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anOrgAdminAppliesWithARemarkAndTheBeheerderSeesItPendingOnBothPages() {
        Applicant applicant = orgAdminOfNewOrganisation();

        HttpResponse<String> response = applicant
                .orgAdmin()
                .postForm(
                        "/organisatie/inschrijvingen",
                        Map.of("year", String.valueOf(YEAR), "module", "WMO", "remark", "Graag vanaf dit jaar"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(applicant.orgAdmin().get("/organisatie/inschrijvingen").body())
                .contains("Uw aanvraag voor Wmo 2207 is verstuurd; de beheerder beslist erover.")
                .contains("Aangevraagd, wacht op de beheerder");
        EnrolmentApplication stored = applicationOf(applicant.subject());
        assertThat(stored.status()).isEqualTo(EnrolmentApplicationStatus.AANGEVRAAGD);
        assertThat(stored.remark()).isEqualTo("Graag vanaf dit jaar");
        assertThat(enrolments.isEnrolled(applicant.subject().organisationId(), YEAR, "WMO"))
                .isFalse();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        assertThat(beheerder.get("/beheer/inschrijvingen/" + YEAR).body())
                .contains(applicant.subject().name())
                .contains("Graag vanaf dit jaar");
        assertThat(beheerder.get("/beheer/status?jaar=" + YEAR).body())
                .containsPattern("\\d+ aanvraag/aanvragen voor inschrijving wachten op een besluit\\.");
    }

    @Test
    void theBeheerderConfirmsAnApplicationAndTheOrganisationIsEnrolled() {
        Applicant applicant = orgAdminOfNewOrganisation();
        applicant
                .orgAdmin()
                .postForm("/organisatie/inschrijvingen", Map.of("year", String.valueOf(YEAR), "module", "wmo"));
        long id = applicationOf(applicant.subject()).id();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/inschrijvingen/" + YEAR);

        HttpResponse<String> response =
                beheerder.postForm("/beheer/inschrijvingen/aanvragen/" + id + "/bevestigen", Map.of());

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(enrolments.isEnrolled(applicant.subject().organisationId(), YEAR, "WMO"))
                .isTrue();
        assertThat(applicationOf(applicant.subject()).status()).isEqualTo(EnrolmentApplicationStatus.BEVESTIGD);
        assertThat(beheerder.get("/beheer/inschrijvingen/" + YEAR).body())
                .contains("De aanvraag van " + applicant.subject().name()
                        + " voor Wmo 2207 is bevestigd; de organisatie is ingeschreven.");
        assertThat(applicant.orgAdmin().get("/organisatie/inschrijvingen").body())
                .contains("Ingeschreven");
        assertThat(audit.forEntity(EnrolmentApplications.AUDIT_ENTITY, YEAR + "/WMO"))
                .filteredOn(entry -> applicant.subject().organisationId() == entry.organisationId())
                .extracting(entry -> entry.action())
                .containsExactly("AANVRAAG_BEVESTIGD", "AANGEVRAAGD");
    }

    @Test
    void aDeclineNeedsAReasonWhichTheOrganisationThenSees() {
        Applicant applicant = orgAdminOfNewOrganisation();
        applicant
                .orgAdmin()
                .postForm("/organisatie/inschrijvingen", Map.of("year", String.valueOf(YEAR), "module", "WMO"));
        long id = applicationOf(applicant.subject()).id();
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/inschrijvingen/" + YEAR);

        HttpResponse<String> withoutReason =
                beheerder.postForm("/beheer/inschrijvingen/aanvragen/" + id + "/afwijzen", Map.of("reason", " "));
        HttpResponse<String> declined = beheerder.postForm(
                "/beheer/inschrijvingen/aanvragen/" + id + "/afwijzen",
                Map.of("reason", "Deze module is vol voor dit jaar"));

        assertThat(withoutReason.statusCode()).isEqualTo(200);
        assertThat(withoutReason.body())
                .contains("Schrijf op waarom de aanvraag wordt afgewezen; de organisatie ziet die reden.");
        assertThat(declined.statusCode()).isEqualTo(302);
        EnrolmentApplication stored = applicationOf(applicant.subject());
        assertThat(stored.status()).isEqualTo(EnrolmentApplicationStatus.AFGEWEZEN);
        assertThat(stored.decisionReason()).isEqualTo("Deze module is vol voor dit jaar");
        assertThat(enrolments.isEnrolled(applicant.subject().organisationId(), YEAR, "WMO"))
                .isFalse();
        assertThat(applicant.orgAdmin().get("/organisatie/inschrijvingen").body())
                .contains("Afgewezen: Deze module is vol voor dit jaar");
        assertThat(audit.forEntity(EnrolmentApplications.AUDIT_ENTITY, YEAR + "/WMO"))
                .filteredOn(entry -> applicant.subject().organisationId() == entry.organisationId())
                .filteredOn(entry -> entry.action().equals("AANVRAAG_AFGEWEZEN"))
                .singleElement()
                .satisfies(entry -> assertThat(entry.newValue()).isEqualTo("Deze module is vol voor dit jaar"));
    }

    @Test
    void applyingTwiceLeavesOnePendingApplication() {
        Applicant applicant = orgAdminOfNewOrganisation();
        Map<String, String> form = Map.of("year", String.valueOf(YEAR), "module", "WMO");
        applicant.orgAdmin().postForm("/organisatie/inschrijvingen", form);

        applicant.orgAdmin().postForm("/organisatie/inschrijvingen", form);

        assertThat(applicant.orgAdmin().get("/organisatie/inschrijvingen").body())
                .contains("Er is al een aanvraag voor Wmo 2207 die op de beheerder wacht.");
        assertThat(applications.ofOrganisation(applicant.subject().organisationId()))
                .hasSize(1);
    }

    @Test
    void aDeelnemerWhoIsNoOrgAdminCannotApplyNorDecide() {
        TestData.Subject subject = testData.newOrganisation(HOME_YEAR);
        catalog.openYearWithStandardCatalog(YEAR);
        UserAgent deelnemer = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);
        deelnemer.get("/");

        assertThat(deelnemer.get("/organisatie/inschrijvingen").statusCode()).isEqualTo(403);
        assertThat(deelnemer
                        .postForm("/organisatie/inschrijvingen", Map.of("year", String.valueOf(YEAR), "module", "WMO"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(deelnemer
                        .postForm("/beheer/inschrijvingen/aanvragen/1/bevestigen", Map.of())
                        .statusCode())
                .isEqualTo(403);
        assertThat(applications.ofOrganisation(subject.organisationId())).isEmpty();
    }
}
