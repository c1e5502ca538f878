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

@IntegrationTest
class ConsentIT {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    UserAccounts accounts;

    @Autowired
    EditionService editions;

    @Autowired
    AuditLog audit;

    @Test
    void anOrgAdminGivesAndWithdrawsConsentForItsOwnOrganisationAudited() {
        TestData.Subject subject = testData.newOrganisation(2046);
        String admin = "test-orgadmin-" + subject.organisationId();
        accounts.create(new UserAccounts.NewAccount(
                admin, TestData.PASSWORD, "Beheerder organisatie", Role.DEELNEMER, subject.organisationId(), true));
        UserAgent agent = UserAgent.loggedIn(port, admin, TestData.PASSWORD);
        assertThat(agent.get("/organisatie/toestemming").body()).contains("geen toestemming gegeven");

        agent.postForm("/organisatie/toestemming", Map.of("consent", "JA"));
        assertThat(editions.hasConsented(subject.organisationId())).isTrue();
        assertThat(agent.get("/organisatie/toestemming").body()).contains("heeft toestemming gegeven");

        agent.postForm("/organisatie/toestemming", Map.of("consent", "NEE"));
        assertThat(editions.hasConsented(subject.organisationId())).isFalse();
        assertThat(audit.forEntity(EditionService.CONSENT_AUDIT_ENTITY, String.valueOf(subject.organisationId())))
                .extracting(AuditRecord::newValue)
                .containsExactly("false", "true");
    }

    @Test
    void aDeelnemerOrLezerWithoutUserAdministrationCannotChangeConsent() {
        TestData.Subject subject = testData.newOrganisation(2046);
        UserAgent lezer = UserAgent.loggedIn(port, subject.lezer(), TestData.PASSWORD);
        lezer.get("/");

        assertThat(lezer.get("/organisatie/toestemming").statusCode()).isEqualTo(403);
        assertThat(lezer.postForm("/organisatie/toestemming", Map.of("consent", "JA"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(UserAgent.loggedIn(port, subject.deelnemer(), TestData.PASSWORD)
                        .get("/organisatie/toestemming")
                        .statusCode())
                .isEqualTo(403);
        assertThat(editions.hasConsented(subject.organisationId())).isFalse();
    }
}
