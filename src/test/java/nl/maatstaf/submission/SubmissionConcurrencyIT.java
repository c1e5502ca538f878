package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Two browser sessions of one organisation editing the same draft. */
@IntegrationTest
class SubmissionConcurrencyIT {

    static final int YEAR = 2033;
    static final String PAGE = "/aanleveren/" + YEAR + "/jeugd";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    /** Both sessions open part A; the first one saves 3 fte; the second then saves its stale form. */
    private record Race(Subject subject, UserAgent second, String staleLock, HttpResponse<String> refused) {}

    private Race race() {
        Subject subject = testData.newOrganisation(YEAR);
        UserAgent first = Pages.open(port, subject.deelnemer(), PAGE);
        UserAgent second = Pages.open(port, subject.deelnemer(), PAGE);
        String firstLock = Pages.lockVersion(first.get(PAGE + "?deel=A").body());
        String staleLock = Pages.lockVersion(second.get(PAGE + "?deel=A").body());

        first.postForm(
                PAGE, Map.of("deel", "A", "lockVersion", firstLock, "A.KCC.fte", "3", "A.KCC.loonkosten", "210.000"));
        HttpResponse<String> refused = second.postForm(
                PAGE, Map.of("deel", "A", "lockVersion", staleLock, "A.KCC.fte", "5", "A.KCC.loonkosten", "210.000"));
        return new Race(subject, second, staleLock, refused);
    }

    @Test
    void secondSaveOfAStaleFormIsRefusedAndOverwritesNothing() {
        Race race = race();

        assertThat(race.refused().statusCode()).isEqualTo(200);
        assertThat(race.refused().body()).contains("Iemand anders heeft deze aanlevering opgeslagen");
        assertThat(Pages.storedRaw(jdbc, race.subject().organisationId(), YEAR, "JEUGD"))
                .containsEntry("A.KCC.fte", "3");
    }

    @Test
    void refusedSaveKeepsTheTypedValuesAndNamesTheFieldsThatDiffer() {
        Race race = race();
        String body = race.refused().body();

        assertThat(body).contains("name=\"A.KCC.fte\" value=\"5\"");
        assertThat(body)
                .containsPattern(
                        "(?s)class=\"conflict-line\">.*Klantcontactcentrum \\(KCC\\) – Formatie \\(fte\\).*>5<.*>3<");
        assertThat(body).doesNotContainPattern("(?s)class=\"conflict-line\">.*Loonkosten</a>");
    }

    @Test
    void userCanConsciouslySaveAgainAfterAConflict() {
        Race race = race();
        String freshLock = Pages.lockVersion(race.refused().body());

        race.second().postForm(PAGE, Map.of("deel", "A", "lockVersion", freshLock, "A.KCC.fte", "5"));

        assertThat(freshLock).isNotEqualTo(race.staleLock());
        assertThat(Pages.storedRaw(jdbc, race.subject().organisationId(), YEAR, "JEUGD"))
                .containsEntry("A.KCC.fte", "5");
    }

    @Test
    void everySavedChangeIsAuditedWithOldAndNewValue() {
        Race race = race();
        String freshLock = Pages.lockVersion(race.refused().body());
        race.second().postForm(PAGE, Map.of("deel", "A", "lockVersion", freshLock, "A.KCC.fte", "5"));
        long id = Pages.submissionId(jdbc, race.subject().organisationId(), YEAR, "JEUGD");

        List<AuditRecord> changes = audit.forEntity(SubmissionService.AUDIT_ENTITY, String.valueOf(id)).stream()
                .filter(r -> "A.KCC.fte".equals(r.field()))
                .toList();

        assertThat(changes)
                .extracting(AuditRecord::oldValue, AuditRecord::newValue, AuditRecord::username)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                "3", "5", race.subject().deelnemer()),
                        org.assertj.core.groups.Tuple.tuple(
                                null, "3", race.subject().deelnemer()));
    }
}
