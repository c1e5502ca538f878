package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The beheerder, who belongs to no organisation, starts from the peiljaren that exist. */
@IntegrationTest
class BeheerderHomeIT {

    @LocalServerPort
    int port;

    @Test
    void theBeheerdersHomePageShowsThePeiljarenAndWhatToDoNext() {
        String home =
                UserAgent.loggedIn(port, "beheerder", "demo").get("/?jaar=2025").body();

        assertThat(home)
                .doesNotContain("Er is nog geen peiljaar geopend.")
                .contains("<option value=\"2025\" selected=\"selected\">2025</option>")
                .contains("<option value=\"2023\">2023</option>")
                .contains("Participatie")
                .contains("href=\"/beheer/peiljaren\">Peiljaren openen, sluiten en catalogi bewerken</a>")
                .contains("href=\"/beheer/status?jaar=2025\">Statusoverzicht van de aanleveringen</a>");
    }
}
