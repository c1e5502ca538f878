package nl.maatstaf.catalog;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Which organisations take part in which modules of a peiljaar. */
@Service
public class Enrolments {

    private final JdbcClient jdbc;
    private final CatalogService catalog;
    private final Clock clock;

    Enrolments(JdbcClient jdbc, CatalogService catalog, Clock clock) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Transactional
    public void enrol(long organisationId, int year, String moduleCode) {
        if (isEnrolled(organisationId, year, moduleCode)) {
            return;
        }
        jdbc.sql("""
                        INSERT INTO participation (organisation_id, peiljaar, module_code, registered_at)
                        VALUES (:organisationId, :year, :moduleCode, :at)
                        """)
                .param("organisationId", organisationId)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("at", OffsetDateTime.now(clock))
                .update();
    }

    @Transactional(readOnly = true)
    public boolean isEnrolled(long organisationId, int year, String moduleCode) {
        return jdbc.sql("""
                                SELECT COUNT(*) FROM participation
                                WHERE organisation_id = :organisationId AND peiljaar = :year AND module_code = :moduleCode
                                """)
                        .param("organisationId", organisationId)
                        .param("year", year)
                        .param("moduleCode", moduleCode)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /** The modules an organisation takes part in, in catalogue order. */
    @Transactional(readOnly = true)
    public List<ModuleCatalog> modulesOf(long organisationId, int year) {
        List<String> codes = jdbc.sql(
                        "SELECT module_code FROM participation WHERE organisation_id = :organisationId AND peiljaar = :year")
                .param("organisationId", organisationId)
                .param("year", year)
                .query(String.class)
                .list();
        return catalog.forYear(year).stream()
                .filter(m -> codes.contains(m.code()))
                .toList();
    }

    @Transactional(readOnly = true)
    public List<Long> participants(int year, String moduleCode) {
        return jdbc.sql(
                        "SELECT organisation_id FROM participation WHERE peiljaar = :year AND module_code = :moduleCode")
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query(Long.class)
                .list();
    }
}
