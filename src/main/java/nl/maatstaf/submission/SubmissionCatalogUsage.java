package nl.maatstaf.submission;

import nl.maatstaf.catalog.CatalogUsage;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the catalogue whether participants have started questionnaires against it. */
@Component
class SubmissionCatalogUsage implements CatalogUsage {

    private final JdbcClient jdbc;

    SubmissionCatalogUsage(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public long submissionCount(int year, String moduleCode) {
        return jdbc.sql("SELECT COUNT(*) FROM submission WHERE peiljaar = :year AND module_code = :code")
                .param("year", year)
                .param("code", moduleCode)
                .query(Long.class)
                .single();
    }
}
