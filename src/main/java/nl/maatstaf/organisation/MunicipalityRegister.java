package nl.maatstaf.organisation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import nl.maatstaf.audit.AuditEntry;
import nl.maatstaf.audit.AuditLog;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The CBS list of municipalities, per reference year. The 2019 list ships with the platform; a
 * newer list can be imported in the same semicolon-separated format.
 */
@Service
public class MunicipalityRegister {

    static final int SHIPPED_REFERENCE_YEAR = 2019;
    private static final String SHIPPED_LIST = "reference/gemeenten-2019.csv";

    private final JdbcClient jdbc;
    private final AuditLog audit;

    MunicipalityRegister(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Loads the shipped list unless it is already there. */
    @Transactional
    public void ensureShippedListLoaded() {
        Integer present = jdbc.sql("SELECT COUNT(*) FROM municipality WHERE reference_year = :year")
                .param("year", SHIPPED_REFERENCE_YEAR)
                .query(Integer.class)
                .single();
        if (present == 0) {
            try (InputStream in = new ClassPathResource(SHIPPED_LIST).getInputStream()) {
                importList(in, SHIPPED_REFERENCE_YEAR);
            } catch (IOException e) {
                throw new UncheckedIOException("The shipped municipality list cannot be read", e);
            }
        }
    }

    /**
     * Replaces the list of a reference year by the given file, all or nothing: a file with one bad
     * line changes nothing. The import is audited.
     */
    @Transactional
    public int importList(InputStream csv, int referenceYear, String username) throws IOException {
        int imported = importList(csv, referenceYear);
        audit.record(AuditEntry.action(
                username, null, "GEMEENTELIJST_GEIMPORTEERD", "municipality", String.valueOf(referenceYear)));
        return imported;
    }

    private int importList(InputStream csv, int referenceYear) throws IOException {
        List<Municipality> rows = parse(csv, referenceYear);
        jdbc.sql("DELETE FROM municipality WHERE reference_year = :year")
                .param("year", referenceYear)
                .update();
        for (Municipality m : rows) {
            jdbc.sql("""
                            INSERT INTO municipality (code, reference_year, name, province, inhabitants)
                            VALUES (:code, :year, :name, :province, :inhabitants)
                            """)
                    .param("code", m.code())
                    .param("year", referenceYear)
                    .param("name", m.name())
                    .param("province", m.province())
                    .param("inhabitants", m.inhabitants())
                    .update();
        }
        return rows.size();
    }

    /** How many municipalities each imported reference year holds, newest first. */
    @Transactional(readOnly = true)
    public java.util.Map<Integer, Integer> referenceYears() {
        java.util.Map<Integer, Integer> years = new java.util.LinkedHashMap<>();
        jdbc.sql(
                        "SELECT reference_year, COUNT(*) FROM municipality GROUP BY reference_year ORDER BY reference_year DESC")
                .query((rs, n) -> years.put(rs.getInt(1), rs.getInt(2)))
                .list();
        return years;
    }

    /** The latest known figures of every municipality, ordered by name. */
    @Transactional(readOnly = true)
    public List<Municipality> latest() {
        return jdbc.sql("""
                        SELECT m.code, m.name, m.province, m.inhabitants, m.reference_year
                        FROM municipality m
                        WHERE m.reference_year = (SELECT MAX(x.reference_year) FROM municipality x WHERE x.code = m.code)
                        ORDER BY m.name
                        """).query(Municipality.class).list();
    }

    @Transactional(readOnly = true)
    public Optional<Municipality> find(String code) {
        return jdbc.sql("""
                        SELECT code, name, province, inhabitants, reference_year FROM municipality
                        WHERE code = :code ORDER BY reference_year DESC LIMIT 1
                        """).param("code", code).query(Municipality.class).optional();
    }

    private static List<Municipality> parse(InputStream csv, int referenceYear) throws IOException {
        List<Municipality> rows = new ArrayList<>();
        java.util.Set<String> codes = new java.util.HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(csv, StandardCharsets.UTF_8));
        String header = reader.readLine();
        if (header == null || !header.replace("\uFEFF", "").startsWith("gemeentecode;")) {
            throw new InvalidMunicipalityListException(1, "header");
        }
        String line;
        int lineNumber = 1;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(";", -1);
            if (cells.length != 4
                    || !cells[0].strip().matches("GM\\d{4}")
                    || cells[1].isBlank()
                    || cells[1].strip().length() > 100
                    || cells[2].strip().length() > 40) {
                throw new InvalidMunicipalityListException(lineNumber, "row");
            }
            if (!cells[3].strip().matches("\\d{1,8}")) {
                throw new InvalidMunicipalityListException(lineNumber, "inhabitants");
            }
            if (!codes.add(cells[0].strip())) {
                throw new InvalidMunicipalityListException(lineNumber, "duplicate");
            }
            rows.add(new Municipality(
                    cells[0].strip(),
                    cells[1].strip(),
                    cells[2].strip(),
                    Integer.parseInt(cells[3].strip()),
                    referenceYear));
        }
        if (rows.isEmpty()) {
            throw new InvalidMunicipalityListException(lineNumber, "empty");
        }
        return rows;
    }
}
