package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrganisationLookupIT {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Test
    void findsNothingForAnUnknownOrganisation() {
        assertThat(organisations.find(987_654L)).isEmpty();
        assertThat(organisations.findAll(List.of(987_654L, 987_655L))).isEmpty();
    }

    @Test
    void answersTheBeheerderAskingForAnUnknownOrganisationWithNotFound() {
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        assertThat(beheerder
                        .get("/resultaten/2025/participatie?organisatie=987654")
                        .statusCode())
                .isEqualTo(404);
        assertThat(beheerder
                        .get("/aanleveren/2025/participatie?organisatie=987654")
                        .statusCode())
                .isEqualTo(404);
    }
}
