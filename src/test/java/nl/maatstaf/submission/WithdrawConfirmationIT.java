package nl.maatstaf.submission;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Withdrawing a publication takes the comparison from everyone at once, so it asks for a confirmation. */
@IntegrationTest
class WithdrawConfirmationIT {

    @LocalServerPort
    int port;

    @Autowired
    CatalogService catalog;

    @Autowired
    EditionService editions;

    private UserAgent beheerderOnEditionPage(int year) {
        catalog.openYearWithStandardCatalog(year);
        editions.publish(year, "WMO", "test");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/" + year + "/wmo");
        return beheerder;
    }

    @Test
    void theWithdrawButtonComesWithAConfirmationTick() {
        UserAgent beheerder = beheerderOnEditionPage(2236);

        String page = beheerder.get("/beheer/editie/2236/wmo").body();

        assertThat(page)
                .contains("name=\"bevestigen\" value=\"ja\"")
                .contains("Ja, ik wil de publicatie intrekken: deelnemers zien dan alleen weer hun eigen,"
                        + " voorlopige cijfers.");
    }

    @Test
    void withdrawingWithoutTheTickChangesNothingAndSaysWhy() {
        UserAgent beheerder = beheerderOnEditionPage(2237);

        HttpResponse<String> response = beheerder.postForm("/beheer/editie/2237/wmo/intrekken", Map.of());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Vink aan dat u de publicatie echt wilt intrekken. Er is niets gewijzigd.");
        assertThat(editions.settings(2237, "WMO").published()).isTrue();
    }

    @Test
    void withdrawingWithTheTickWithdrawsThePublication() {
        UserAgent beheerder = beheerderOnEditionPage(2238);

        HttpResponse<String> response =
                beheerder.postForm("/beheer/editie/2238/wmo/intrekken", Map.of("bevestigen", "ja"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(editions.settings(2238, "WMO").published()).isFalse();
    }
}
