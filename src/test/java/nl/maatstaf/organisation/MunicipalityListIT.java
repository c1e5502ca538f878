package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Importing a municipality list: upload, preview, confirm; and every refusal storing nothing.
 * Lists are imported for this class's reference years only (2171-2187), always complete copies
 * of the list in force with test municipalities (GM98xx) added, so other peiljaren keep their list.
 */
@IntegrationTest
class MunicipalityListIT {

    static final String HEADER = "Gemeentecode;Gemeentenaam;Provincienaam;Inwoners;Huishoudens;Opvolger";
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    MunicipalityRegister register;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    /**
     * A copy of the 2019 list for 2188, so the lists these tests import (2171-2187) are in force
     * for this class's peiljaren only and a publication in another test's later peiljaar never
     * stands in their way. Written directly: the import would itself be refused after such a
     * publication.
     */
    @BeforeEach
    void keepTheListsOfTheseTestsToTheirOwnPeiljaren() {
        jdbc.sql("""
                        INSERT INTO municipality (code, reference_year, name, province, inhabitants, households)
                        SELECT code, 2188, name, province, inhabitants, households FROM municipality
                        WHERE reference_year = 2019
                          AND NOT EXISTS (SELECT 1 FROM municipality x WHERE x.reference_year = 2188)
                        """).update();
    }

    @Test
    void showsNewDisappearedRenamedAndChangedMunicipalitiesBeforeStoringAnything() {
        List<Municipality> base = register.inForce(2171);
        Municipality dropped = byCode(base, "GM0014");
        Municipality renamed = byCode(base, "GM0034");
        Municipality changed = byCode(base, "GM0037");
        List<String> rows = new ArrayList<>();
        for (Municipality m : base) {
            if (m == dropped) {
                continue;
            }
            String name = m == renamed ? "Almere Stad" : m.name();
            int inhabitants = m == changed ? m.inhabitants() + 1000 : m.inhabitants();
            rows.add(m.code() + ";" + name + ";" + m.province() + ";" + inhabitants + ";;");
        }
        rows.add("GM9871;Testgemeente Nieuwland;Utrecht;12.345;5.678;");

        HttpResponse<String> response = upload("2171", file(rows));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Nieuw (1)", "GM9871", "Testgemeente Nieuwland", "12.345")
                .contains("Verdwenen (1)", dropped.name())
                .contains("Andere naam (1)", renamed.name(), "Almere Stad")
                .contains("Andere aantallen of provincie (1)", dutch(changed.inhabitants() + 1000))
                .contains("Er is nog niets opgeslagen.");
        assertThat(register.referenceYears()).doesNotContainKey(2171);
        assertThat(register.find("GM9871")).isEmpty();
    }

    @Test
    void confirmingStoresTheListWithItsHouseholdsAllAtOnceAndAudited() {
        List<String> rows = copyOf(register.inForce(2174));
        rows.add("9874;Testgemeente Bevestigd;Utrecht;1.234;567;");
        UserAgent beheerder = beheerder();

        HttpResponse<String> preview = upload(beheerder, "2174", file(rows));
        HttpResponse<String> stored =
                beheerder.postForm("/beheer/gemeenten/bevestigen", Map.of("token", token(preview)));

        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(register.list(2174)).hasSize(rows.size());
        assertThat(register.list(2174))
                .filteredOn(m -> m.code().equals("GM9874"))
                .singleElement()
                .satisfies(m -> {
                    assertThat(m.inhabitants()).isEqualTo(1234);
                    assertThat(m.households()).isEqualTo(567);
                    assertThat(m.name()).isEqualTo("Testgemeente Bevestigd");
                });
        assertThat(audit.forEntity(MunicipalityRegister.AUDIT_ENTITY, "2174"))
                .anySatisfy(line -> assertThat(line.action()).isEqualTo("GEMEENTELIJST_GEIMPORTEERD"));
    }

    @Test
    void recordsAMergerFromTheOpvolgerColumnAndFromTheFormField() {
        List<String> first = copyOf(register.inForce(2176));
        first.add("GM9876;Testgemeente Oost;Utrecht;1000;;");
        first.add("GM9877;Testgemeente West;Utrecht;2000;;");
        first.add("GM9878;Testgemeente Noord;Utrecht;3000;;");
        confirm(beheerder(), "2176", file(first), Map.of());
        List<String> second = copyOf(register.inForce(2177)).stream()
                .filter(row -> !row.startsWith("GM9876;") && !row.startsWith("GM9878;"))
                .collect(java.util.stream.Collectors.toCollection(ArrayList::new));
        second.add("GM9876;;;;;GM9877");
        UserAgent beheerder = beheerder();

        HttpResponse<String> preview = upload(beheerder, "2177", file(second));
        assertThat(preview.body()).contains("Verdwenen (2)", "Testgemeente Oost", "Testgemeente Noord");
        HttpResponse<String> stored = beheerder.postForm(
                "/beheer/gemeenten/bevestigen", Map.of("token", token(preview), "opvolger.GM9878", "9877"));

        assertThat(stored.statusCode()).isEqualTo(302);
        assertThat(register.successions(2177)).containsEntry("GM9876", "GM9877").containsEntry("GM9878", "GM9877");
        assertThat(register.list(2177))
                .noneMatch(m -> m.code().equals("GM9876") || m.code().equals("GM9878"));
        assertThat(beheerder.get("/beheer/gemeenten").body())
                .contains("Vastgelegde samenvoegingen", "GM9878")
                .contains("peiljaar 2177 tot en met " + (nextList(2177) - 1));
    }

    @Test
    void refusesASuccessorThatIsNotInTheNewListAndStoresNothing() {
        List<String> first = copyOf(register.inForce(2179));
        first.add("GM9879;Testgemeente Zuid;Utrecht;1000;;");
        UserAgent beheerder = beheerder();
        confirm(beheerder, "2179", file(first), Map.of());
        List<String> second = copyOf(register.inForce(2180)).stream()
                .filter(row -> !row.startsWith("GM9879;"))
                .toList();

        HttpResponse<String> secondPreview = upload(beheerder, "2180", file(second));
        HttpResponse<String> refused = beheerder.postForm(
                "/beheer/gemeenten/bevestigen", Map.of("token", token(secondPreview), "opvolger.GM9879", "GM9999"));

        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("De opvolger GM9999 van GM9879 staat niet in de nieuwe lijst. Er is niets opgeslagen.");
        assertThat(register.referenceYears()).doesNotContainKey(2180);
    }

    @Test
    void refusesAFileWithAMissingColumnNamingItAndStoresNothing() {
        HttpResponse<String> response = upload(
                "2172",
                "Gemeentecode;Gemeentenaam;Provincienaam;Huishoudens\nGM9872;Ergens;Utrecht;10\n"
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.body()).contains("De kolom Inwoners ontbreekt in de kopregel. Er is niets opgeslagen.");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesADuplicateCodeNamingBothLinesAndStoresNothing() {
        HttpResponse<String> response = upload(
                "2172",
                (HEADER + "\nGM9872;Ergens;Utrecht;10;;\n9872;Nergens;Utrecht;20;;\n")
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(response.body())
                .contains("Regel 3: gemeentecode GM9872 staat al op regel 2. Er is niets opgeslagen.");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesNamesThatAreNotUtf8AndStoresNothing() {
        byte[] latin1 = (HEADER + "\nGM1900;S\u00FAdwest-Frysl\u00E2n;Frysl\u00E2n;89.583;;\n")
                .getBytes(StandardCharsets.ISO_8859_1);

        HttpResponse<String> response = upload("2172", latin1);

        assertThat(response.body())
                .contains("Regel 2 bevat tekens die niet in UTF-8 zijn opgeslagen")
                .contains("Sla het bestand op als CSV UTF-8. Er is niets opgeslagen.");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesNamesGarbledByAWrongEncodingOnTheWayAndStoresNothing() {
        byte[] mojibake = (HEADER
                        + "\nGM0003;Appingedam;Groningen;11523;;\nGM1900;S\u00C3\u00BAdwest-Frysl\u00C3\u00A2n;"
                        + "Frysl\u00C3\u00A2n;89583;;\n")
                .getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = upload("2172", mojibake);

        assertThat(response.body()).contains("Regel 3 bevat tekens die niet in UTF-8 zijn opgeslagen");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesAPartialFileOfLessThanHalfTheListInForceAndStoresNothing() {
        List<String> rows = copyOf(register.inForce(2172)).subList(0, 100);

        HttpResponse<String> response = upload("2172", file(rows));

        assertThat(response.body())
                .contains("Het bestand bevat 100 gemeenten, minder dan de helft van de "
                        + register.inForce(2172).size() + " in de lijst die nu geldt");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesASpreadsheetOrOtherBinaryFileAndStoresNothing() {
        byte[] workbook = {'P', 'K', 3, 4, 20, 0, 6, 0, 8, 0, 0, 0, 33, 0};

        HttpResponse<String> response = upload("2172", workbook);

        assertThat(response.body()).contains("Dit is geen CSV-tekstbestand");
        assertThat(register.referenceYears()).doesNotContainKey(2172);
    }

    @Test
    void refusesToReplaceTheListInForceForAPublishedEdition() {
        List<String> rows = copyOf(register.inForce(2024));

        HttpResponse<String> replacing2019 = upload("2019", file(rows));
        HttpResponse<String> newFor2024 = upload("2024", file(rows));

        // Other tests publish in later peiljaren of their own, which the list of 2019 is in force for too.
        assertThat(replacing2019.body())
                .contains("Deze lijst zou gelden voor peiljaar 2023, 2024, 2025")
                .contains("waarvan al een editie gepubliceerd is; gepubliceerde cijfers blijven zoals ze zijn.");
        assertThat(newFor2024.body()).contains("Deze lijst zou gelden voor peiljaar 2024, 2025");
        assertThat(register.referenceYears()).doesNotContainKey(2024);
        assertThat(register.referenceYearInForce(2024)).hasValue(2019);
    }

    @Test
    void aNewerListNeverChangesAPublishedFigureOf2023() {
        long mer = organisations.findByName("Servicecentrum MER").orElseThrow().id();
        String resultsBefore = new UserAgent(port)
                .api("GET", "/api/v1/organisations/" + mer + "/results/2023/PARTICIPATIE", "deelnemer", "demo", null)
                .body();
        long inhabitants2023 = organisations.find(mer, 2023).orElseThrow().inhabitants();
        List<String> rows = new ArrayList<>();
        for (Municipality m : register.inForce(2185)) {
            int inhabitants = m.code().equals("GM1711") ? m.inhabitants() * 2 : m.inhabitants();
            rows.add(m.code() + ";" + m.name() + ";" + m.province() + ";" + inhabitants + ";;");
        }

        confirm(beheerder(), "2185", file(rows), Map.of());

        assertThat(organisations.find(mer, 2185).orElseThrow().inhabitants()).isGreaterThan(inhabitants2023);
        assertThat(organisations.find(mer, 2023).orElseThrow().inhabitants()).isEqualTo(inhabitants2023);
        assertThat(new UserAgent(port)
                        .api(
                                "GET",
                                "/api/v1/organisations/" + mer + "/results/2023/PARTICIPATIE",
                                "deelnemer",
                                "demo",
                                null)
                        .body())
                .isEqualTo(resultsBefore);
    }

    @Test
    void changesTheInhabitantsFingerprintSoCachedResultsAreRecomputed() {
        String before = organisations.fingerprint();
        List<String> rows = copyOf(register.inForce(2184));
        rows.add("GM9884;Testgemeente Vingerafdruk;Utrecht;1;;");

        confirm(beheerder(), "2184", file(rows), Map.of());

        assertThat(organisations.fingerprint()).isNotEqualTo(before);
    }

    @Test
    void refusesTheImportToAParticipant() {
        UserAgent participant = UserAgent.loggedIn(port, "deelnemer", "demo");
        participant.get("/");

        HttpResponse<String> response = participant.postFile(
                "/beheer/gemeenten",
                Map.of("jaar", "2173"),
                "bestand",
                "gemeenten.csv",
                file(copyOf(register.inForce(2173))));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(register.referenceYears()).doesNotContainKey(2173);
    }

    private int nextList(int referenceYear) {
        return register.referenceYears().keySet().stream()
                .filter(year -> year > referenceYear)
                .min(Integer::compare)
                .orElseThrow();
    }

    private UserAgent beheerder() {
        return UserAgent.loggedIn(port, "beheerder", "demo");
    }

    private HttpResponse<String> upload(String year, byte[] content) {
        return upload(beheerder(), year, content);
    }

    private static HttpResponse<String> upload(UserAgent agent, String year, byte[] content) {
        agent.get("/beheer/gemeenten");
        return agent.postFile("/beheer/gemeenten", Map.of("jaar", year), "bestand", "gemeenten.csv", content);
    }

    private static void confirm(UserAgent agent, String year, byte[] content, Map<String, String> successors) {
        HttpResponse<String> preview = upload(agent, year, content);
        Map<String, String> form = new java.util.HashMap<>(successors);
        form.put("token", token(preview));
        assertThat(agent.postForm("/beheer/gemeenten/bevestigen", form).statusCode())
                .isEqualTo(302);
    }

    static String token(HttpResponse<String> preview) {
        Matcher matcher = TOKEN.matcher(preview.body());
        assertThat(matcher.find())
                .as("a preview with a token:\n" + preview.body())
                .isTrue();
        return matcher.group(1);
    }

    static List<String> copyOf(List<Municipality> list) {
        List<String> rows = new ArrayList<>();
        list.forEach(m -> rows.add(m.code() + ";" + m.name() + ";" + m.province() + ";" + m.inhabitants() + ";"
                + (m.households() == null ? "" : m.households()) + ";"));
        return rows;
    }

    static byte[] file(List<String> rows) {
        return ("\uFEFF" + HEADER + "\n" + String.join("\n", rows) + "\n").getBytes(StandardCharsets.UTF_8);
    }

    private static Municipality byCode(List<Municipality> list, String code) {
        return list.stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    private static String dutch(int number) {
        return java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"))
                .format(number);
    }
}
