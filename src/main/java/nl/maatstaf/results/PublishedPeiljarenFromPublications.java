package nl.maatstaf.results;

import java.util.Set;
import java.util.TreeSet;
import nl.maatstaf.organisation.PublishedPeiljaren;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The peiljaren with at least one publication of any module, withdrawn or not: once figures were
 * published, the municipality list they were computed with stays as it was.
 */
@Component
class PublishedPeiljarenFromPublications implements PublishedPeiljaren {

    private final JdbcClient jdbc;

    PublishedPeiljarenFromPublications(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public Set<Integer> publishedYears() {
        return new TreeSet<>(jdbc.sql("SELECT DISTINCT peiljaar FROM publication")
                .query(Integer.class)
                .list());
    }
}
