package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Giving consent that is given already (two tabs, a double click) leaves one audit line; answers
 * given at the same moment never fail on the database key.
 */
@IntegrationTest
class ConsentTwiceIT {

    static final int YEAR = 2084;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    AuditLog audit;

    @Autowired
    EditionService editions;

    @Test
    void givingConsentTwiceIsAuditedOnce() {
        TestData.Subject subject = testData.newOrganisation(YEAR);
        String admin = "test-orgadmin-twice-" + subject.organisationId();
        accounts.create(new UserAccounts.NewAccount(
                admin, TestData.PASSWORD, "Beheerder organisatie", Role.DEELNEMER, subject.organisationId(), true));
        UserAgent firstTab = UserAgent.loggedIn(port, admin, TestData.PASSWORD);
        firstTab.get("/organisatie/toestemming");

        firstTab.postForm("/organisatie/toestemming", Map.of("consent", "JA"));
        firstTab.get("/organisatie/toestemming");
        firstTab.postForm("/organisatie/toestemming", Map.of("consent", "JA"));

        assertThat(audit.forEntity(EditionService.CONSENT_AUDIT_ENTITY, String.valueOf(subject.organisationId())))
                .extracting(AuditRecord::newValue)
                .containsExactly("true");
    }

    @Test
    void consentChangedAtTheSameMomentFromSeveralSessionsNeverFails() throws Exception {
        long organisationId = testData.newOrganisation(YEAR).organisationId();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> answers = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                boolean consented = i % 2 == 0;
                answers.add(pool.submit(() -> editions.setConsent(organisationId, consented, "test")));
            }
            for (Future<?> answer : answers) {
                answer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // Newest first: each answer replaced what the one before it stored, and the newest holds.
        List<AuditRecord> trail = audit.forEntity(EditionService.CONSENT_AUDIT_ENTITY, String.valueOf(organisationId));
        assertThat(trail).isNotEmpty();
        assertThat(trail.get(0).newValue()).isEqualTo(String.valueOf(editions.hasConsented(organisationId)));
        for (int i = 0; i + 1 < trail.size(); i++) {
            assertThat(trail.get(i).oldValue()).isEqualTo(trail.get(i + 1).newValue());
        }
    }
}
