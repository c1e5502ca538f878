package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import nl.maatstaf.account.Role;
import nl.maatstaf.account.UserAccounts;
import nl.maatstaf.account.UserAccounts.NewAccount;
import nl.maatstaf.catalog.CatalogService;
import nl.maatstaf.catalog.Enrolments;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.organisation.Municipality;
import nl.maatstaf.organisation.MunicipalityRegister;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The PDF report, the Excel export and the CSV export say which related organisations the reference
 * group leaves out, with the sentence of the results page. A municipality takes part beside the
 * cooperation it is a member of; the others are test cooperations of which it is no member.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LeftOutInExportsIT extends EditionIntegrationTestSupport {

    private static final int YEAR = 2343;
    private static final String SENTENCE =
            "Zonder het samenwerkingsverband waarvan uw gemeente lid is: dat neemt zelf ook deel.";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    @Autowired
    OrganisationService organisations;

    @Autowired
    MunicipalityRegister municipalities;

    @Autowired
    CatalogService catalog;

    @Autowired
    Enrolments enrolments;

    @Autowired
    UserAccounts accounts;

    private String member;
    private String outsider;

    @BeforeAll
    void aMunicipalityTakesPartBesideItsOwnCooperation() {
        catalog.openYearWithStandardCatalog(YEAR);
        List<String> codes = freeSmallMunicipalities(YEAR, 2);
        long cooperation = organisations.registerCooperation(
                "Exportkring " + SEQUENCE.incrementAndGet() + " " + System.nanoTime(), codes);
        enrolledWithFigures(cooperation, YEAR, 1);
        member = enrolledWithFigures(organisations.registerMunicipality(codes.get(0)), YEAR, 2);
        outsider = approvedParticipants(YEAR, 6).get(0).deelnemer();
        assertThat(editions.changeSettings(
                        YEAR,
                        "PARTICIPATIE",
                        new EditionService.SettingsChange(
                                EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), ReferencePolicy.ALLE_GOEDGEKEURD, 3, 3),
                        "test"))
                .isEmpty();
        publisher.publish(YEAR, "PARTICIPATIE", "test", null);
    }

    @Test
    void thePdfReportSaysTheOwnCooperationIsLeftOut() throws IOException {
        String pdf = pdfText(download(member, "rapport.pdf"));
        String outsiders = pdfText(download(outsider, "rapport.pdf"));

        assertThat(pdf.replaceAll("\\s+", " ")).contains(SENTENCE);
        assertThat(outsiders).doesNotContain("Zonder het samenwerkingsverband");
    }

    @Test
    void theExcelExportSaysTheOwnCooperationIsLeftOut() throws IOException {
        try (ReadableWorkbook workbook =
                new ReadableWorkbook(new ByteArrayInputStream(download(member, "resultaten.xlsx")))) {
            List<Row> overview = workbook.findSheet("Overzicht").orElseThrow().read();

            assertThat(overview).anySatisfy(row -> {
                assertThat(row.getCellText(0)).isEqualTo("Niet in de referentiegroep");
                assertThat(row.getCellText(1)).isEqualTo(SENTENCE);
            });
        }
    }

    @Test
    void theCsvExportSaysTheOwnCooperationIsLeftOut() {
        String csv = new String(download(member, "resultaten.csv"), StandardCharsets.UTF_8);
        String outsiders = new String(download(outsider, "resultaten.csv"), StandardCharsets.UTF_8);

        assertThat(csv).contains("\r\nNiet in de referentiegroep;" + SENTENCE + "\r\n");
        assertThat(outsiders).doesNotContain("Niet in de referentiegroep");
    }

    private byte[] download(String username, String file) {
        var response = UserAgent.loggedIn(port, username, TestData.PASSWORD)
                .getBytes("/resultaten/" + YEAR + "/participatie/" + file);
        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
    }

    /** Municipalities nobody has as their code yet, and not those of the test cooperations. */
    private List<String> freeSmallMunicipalities(int year, int count) {
        Set<String> registered = organisations.idsByCode().keySet();
        return municipalities.inForce(year).stream()
                .filter(m -> !registered.contains(m.code()))
                .filter(m -> !m.code().equals("GM0003") && !m.code().equals("GM0010"))
                .sorted(Comparator.comparingInt(Municipality::inhabitants))
                .limit(count)
                .map(Municipality::code)
                .toList();
    }

    private String enrolledWithFigures(long id, int year, int index) {
        enrolments.enrol(id, year, "PARTICIPATIE");
        approved.storeApproved(
                id, year, "PARTICIPATIE", ItFigures.participatie(500 + 10 * index, 210_000 + 9_001L * index), "test");
        String deelnemer = "test-exportkring-" + SEQUENCE.incrementAndGet() + "-" + id;
        accounts.create(new NewAccount(deelnemer, TestData.PASSWORD, "Deelnemer " + id, Role.DEELNEMER, id, false));
        return deelnemer;
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
