package nl.maatstaf.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.net.http.HttpResponse;
import java.util.List;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.TestData.Subject;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A bulk export is audited with the organisations whose figures left the server: one line per
 * organisation under its own id, naming its code and modules, and one line for the export as a
 * whole.
 */
@IntegrationTest
class BulkExportAuditIT {

    static final int API_YEAR = 2095;
    static final int PAGE_YEAR = 2096;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    CatalogService catalogs;

    private String code(Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    /** Two organisations with approved figures in the year, one in two modules. */
    private List<Subject> approved(int year) {
        Subject first = testData.newOrganisation(year);
        Subject second = testData.newOrganisation(year);
        byte[] file = BulkApiIT.jsonFile(
                year,
                List.of(
                        BulkApiIT.submission(code(first), "WMO", BulkApiIT.values("WMO")),
                        BulkApiIT.submission(code(first), "JEUGD", BulkApiIT.values("JEUGD")),
                        BulkApiIT.submission(code(second), "WMO", BulkApiIT.values("WMO"))));
        HttpResponse<String> imported = new BulkClient(port).post("/api/v1/bulk/" + year, BulkApiIT.JSON, file);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        return List.of(first, second);
    }

    @Test
    void auditsAnExportOverTheApiWithOneLinePerOrganisationNamingItsCode() {
        List<Subject> subjects = approved(API_YEAR);
        Subject first = subjects.get(0);
        Subject second = subjects.get(1);

        new BulkClient(port).export(API_YEAR, "?format=json");

        List<AuditRecord> lines = audit.forEntity(BulkExchange.EXPORT_ENTITY, String.valueOf(API_YEAR));
        assertThat(lines)
                .extracting(
                        AuditRecord::username, AuditRecord::action, AuditRecord::organisationId, AuditRecord::newValue)
                .containsExactlyInAnyOrder(
                        tuple("beheerder", "GEEXPORTEERD", null, "formaat json, 2 organisaties, 3 aanleveringen"),
                        tuple("beheerder", "GEEXPORTEERD", first.organisationId(), code(first) + " (WMO, JEUGD; json)"),
                        tuple("beheerder", "GEEXPORTEERD", second.organisationId(), code(second) + " (WMO; json)"));
    }

    @Test
    void auditsAnExportOfOneModuleFromTheExchangePageUnderItsModule() {
        List<Subject> subjects = approved(PAGE_YEAR);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");

        HttpResponse<String> export =
                beheerder.get("/beheer/uitwisseling/export?jaar=" + PAGE_YEAR + "&module=jeugd&formaat=csv");

        assertThat(export.statusCode()).isEqualTo(200);
        List<AuditRecord> lines = audit.forEntity(BulkExchange.EXPORT_ENTITY, PAGE_YEAR + "-jeugd");
        assertThat(lines)
                .extracting(AuditRecord::organisationId, AuditRecord::newValue)
                .containsExactlyInAnyOrder(
                        tuple(null, "formaat csv, 1 organisaties, 1 aanleveringen"),
                        tuple(subjects.get(0).organisationId(), code(subjects.get(0)) + " (JEUGD; csv)"));
    }

    @Test
    void auditsAnExportWithoutApprovedFiguresAsOneLineWithoutOrganisations() {
        int year = PAGE_YEAR;
        catalogs.openYearWithStandardCatalog(year);
        new BulkClient(port).export(year, "?format=csv&module=schuldhulpverlening");

        assertThat(audit.forEntity(BulkExchange.EXPORT_ENTITY, year + "-schuldhulpverlening"))
                .extracting(AuditRecord::organisationId, AuditRecord::newValue)
                .containsExactly(tuple(null, "formaat csv, 0 organisaties, 0 aanleveringen"));
    }
}
