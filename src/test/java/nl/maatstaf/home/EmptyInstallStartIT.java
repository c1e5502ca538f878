package nl.maatstaf.home;

import static org.assertj.core.api.Assertions.assertThat;

import nl.maatstaf.testsupport.EmptyInstallTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** What a production install holds right after its first start: reference data and one beheerder. */
@EmptyInstallTest
@TestPropertySource(properties = "maatstaf.test.empty-install.name=empty_start")
class EmptyInstallStartIT {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFirstStartHoldsOnlyTheBeheerderFromTheEnvironmentAndTheMunicipalityList() {
        assertThat(jdbc.sql("SELECT username FROM app_user").query(String.class).list())
                .containsExactly(EmptyInstallTest.ADMIN);
        assertThat(count("organisation")).isZero();
        assertThat(count("benchmark_year")).isZero();
        assertThat(count("municipality")).isGreaterThan(300);
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }
}
