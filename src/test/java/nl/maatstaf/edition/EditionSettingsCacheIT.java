package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Settings are kept between requests, yet a change made by another application instance shows at once. */
@IntegrationTest
class EditionSettingsCacheIT {

    private static final int YEAR = 2049;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    TestData testData;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aChangeStoredByAnotherInstanceIsReadOnTheNextRequest() {
        testData.newOrganisation(YEAR);
        publisher.publish(YEAR, "JEUGD", "test", null);
        assertThat(editions.settings(YEAR, "JEUGD").neighbourCount()).isEqualTo(10);

        // What another instance's EditionService does: change the row and raise the generation.
        jdbc.sql("UPDATE edition_setting SET neighbour_count = 12 WHERE peiljaar = :year AND module_code = 'JEUGD'")
                .param("year", YEAR)
                .update();
        assertThat(editions.settings(YEAR, "JEUGD").neighbourCount())
                .as("kept while the generation is unchanged")
                .isEqualTo(10);
        jdbc.sql("UPDATE edition_generation SET generation = generation + 1 WHERE id = 1")
                .update();

        assertThat(editions.settings(YEAR, "JEUGD").neighbourCount()).isEqualTo(12);
    }
}
