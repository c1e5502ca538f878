package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
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

/** Giving consent that is given already (two tabs, a double click) leaves one audit line. */
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
}
