package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The status overview after a deadline: who is late, highlighted, and the contact persons of those
 * that have not submitted as a CSV file whose every download is on record. Deadlines lie in 2000,
 * so they have passed whatever the clock says.
 */
@IntegrationTest
class LateSubmissionsIT {

    private static final List<String> MODULES = List.of("PARTICIPATIE", "WMO", "JEUGD", "SCHULDHULPVERLENING");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    Enrolments enrolments;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    OrganisationService organisations;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    private void deadline(int year, String module, LocalDate date) {
        assertThat(editions.changeSettings(
                        year,
                        module,
                        new EditionService.SettingsChange(
                                Set.of(ReferencePolicy.ALLE_GOEDGEKEURD),
                                ReferencePolicy.ALLE_GOEDGEKEURD,
                                10,
                                5,
                                EditionService.SettingsChange.ANY_VERSION,
                                date),
                        "test"))
                .isEmpty();
    }

    /** A new organisation enrolled in {@code year} in the one module only. */
    private TestData.Subject enrolledOnlyIn(int year, String module) {
        TestData.Subject subject = testData.newOrganisation(year);
        MODULES.stream()
                .filter(m -> !m.equals(module))
                .forEach(m -> enrolments.withdraw(subject.organisationId(), year, m, "test"));
        return subject;
    }

    private void approve(TestData.Subject subject, int year) {
        approved.storeApproved(
                subject.organisationId(),
                year,
                "PARTICIPATIE",
                Map.of(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), new BigDecimal("400")),
                "test");
    }

    private void draftWithContact(TestData.Subject subject, int year, String module, String name, String email) {
        jdbc.sql("""
                        INSERT INTO submission (organisation_id, peiljaar, module_code, status, lock_version, contact_name,
                            contact_email, updated_at, updated_by)
                        VALUES (:org, :year, :module, 'CONCEPT', 0, :name, :email, :at, 'test')
                        """)
                .param("org", subject.organisationId())
                .param("year", year)
                .param("module", module)
                .param("name", name)
                .param("email", email)
                .param("at", OffsetDateTime.now())
                .update();
    }

    private String code(TestData.Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    @Test
    void afterTheDeadlineTheStatusOverviewShowsItAndHighlightsWhoIsLate() {
        TestData.Subject late = enrolledOnlyIn(2212, "PARTICIPATIE");
        TestData.Subject onTime = enrolledOnlyIn(2212, "PARTICIPATIE");
        approve(onTime, 2212);
        deadline(2212, "PARTICIPATIE", LocalDate.of(2000, 1, 1));

        String page = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/status?jaar=2212")
                .body();

        assertThat(page).containsPattern("id=\"deadline-participatie\"[^>]*>01-01-2000<");
        assertThat(page).containsPattern("id=\"late-participatie\"[^>]*>1<");
        assertThat(page).containsPattern("id=\"deadline-wmo\"[^>]*>geen<");
        assertThat(page)
                .containsPattern("<td>" + late.name() + "</td>\\s*<td class=\"late\">\\s*"
                        + "<strong class=\"late-label\">Te laat</strong>");
        assertThat(page).containsPattern("<td>" + onTime.name() + "</td>\\s*<td>\\s*<span class=\"status");
    }

    @Test
    void beforeTheDeadlineNobodyIsLate() {
        enrolledOnlyIn(2214, "PARTICIPATIE");
        deadline(2214, "PARTICIPATIE", LocalDate.of(2999, 12, 31));

        String page = UserAgent.loggedIn(port, "beheerder", "demo")
                .get("/beheer/status?jaar=2214")
                .body();

        assertThat(page).containsPattern("id=\"deadline-participatie\"[^>]*>31-12-2999<");
        assertThat(page).containsPattern("id=\"late-participatie\"[^>]*>0<");
        assertThat(page).doesNotContain("class=\"late-label\"");
    }

    @Test
    void theContactPersonsOfThoseThatHaveNotSubmittedDownloadAsCsvAndTheDownloadIsOnRecord() {
        TestData.Subject notStarted = enrolledOnlyIn(2213, "PARTICIPATIE");
        accounts.create(new UserAccounts.NewAccount(
                "test-orgadmin-late-" + notStarted.organisationId(),
                TestData.PASSWORD,
                "Olga Admin",
                Role.DEELNEMER,
                notStarted.organisationId(),
                true));
        jdbc.sql("UPDATE app_user SET email = 'olga@example.nl' WHERE username = :username")
                .param("username", "test-orgadmin-late-" + notStarted.organisationId())
                .update();
        TestData.Subject withDraft = enrolledOnlyIn(2213, "WMO");
        draftWithContact(withDraft, 2213, "WMO", "Bea; Contact", "bea@example.nl");
        TestData.Subject nobody = enrolledOnlyIn(2213, "JEUGD");
        TestData.Subject submitted = enrolledOnlyIn(2213, "PARTICIPATIE");
        approve(submitted, 2213);

        HttpResponse<byte[]> response =
                UserAgent.loggedIn(port, "beheerder", "demo").getBytes("/beheer/status/contactpersonen.csv?jaar=2213");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = response.body();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<String> lines = List.of(new String(body, 3, body.length - 3, StandardCharsets.UTF_8).split("\r\n"));
        assertThat(lines.get(0)).isEqualTo("organisatie;code;module;status;contactpersoon;e-mail");
        assertThat(lines.subList(1, lines.size()))
                .containsExactlyInAnyOrder(
                        notStarted.name() + ";" + code(notStarted) + ";Participatie;Niet gestart;"
                                + "Olga Admin (beheerder van de organisatie, geen contactpersoon in een concept);"
                                + "olga@example.nl",
                        withDraft.name() + ";" + code(withDraft) + ";Wmo;Concept;\"Bea; Contact\";bea@example.nl",
                        nobody.name() + ";" + code(nobody) + ";Jeugd;Niet gestart;"
                                + "geen contactpersoon bekend: geen concept en geen beheerder van de organisatie;"
                                + "geen e-mailadres bekend: geen contactpersoon in een concept en geen e-mailadres bij"
                                + " een beheerder van de organisatie");
        assertThat(audit.forEntity("contactpersonen", "2213")).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("GEDOWNLOAD");
            assertThat(entry.username()).isEqualTo("beheerder");
            assertThat(entry.newValue()).isEqualTo("3");
        });
    }

    @Test
    void aDeelnemerCannotDownloadTheContactPersons() {
        TestData.Subject subject = enrolledOnlyIn(2215, "WMO");
        UserAgent deelnemer = UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD);

        assertThat(deelnemer
                        .getBytes("/beheer/status/contactpersonen.csv?jaar=2215")
                        .statusCode())
                .isEqualTo(403);
    }
}
