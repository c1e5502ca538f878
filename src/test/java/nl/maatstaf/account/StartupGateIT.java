package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Once start-up is done (demo accounts in place), the gate lets the login through. */
@IntegrationTest
class StartupGateIT {

    @LocalServerPort
    int port;

    @Autowired
    ApplicationAvailability availability;

    @Test
    void theStartedApplicationAcceptsTrafficAndTheDemoLoginWorks() {
        assertThat(availability.getReadinessState()).isEqualTo(ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(new UserAgent(port).get("/login").statusCode()).isEqualTo(200);
        UserAgent.loggedIn(port, "beheerder", "demo");
    }

    @Test
    void theReadinessProbeSaysUp() {
        var response = new UserAgent(port).get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("UP");
    }
}
