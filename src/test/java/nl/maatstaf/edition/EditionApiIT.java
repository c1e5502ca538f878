package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.submission.ApprovedSubmissions;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The beheerder's edition page over JSON: settings, their checks, publication and outlier decisions. */
@IntegrationTest
class EditionApiIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ISO_WITH_OFFSET =
            "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    ApprovedSubmissions approved;

    @Autowired
    EditionService editions;

    @Autowired
    EditionPublisher publisher;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

    private static String path(int year) {
        return "/api/v1/editions/" + year + "/participatie";
    }

    private HttpResponse<String> beheerder(String method, String path, String body) {
        return new UserAgent(port).api(method, path, "beheerder", "demo", body);
    }

    private static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new AssertionError("No JSON: " + response.body(), e);
        }
    }

    private int version(int year) {
        HttpResponse<String> response = beheerder("GET", path(year), null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response).get("version").asInt();
    }

    private static String settings(String allowed, String defaultPolicy, int n, int k, int version) {
        return "{\"allowedPolicies\": [" + allowed + "], \"defaultPolicy\": \"" + defaultPolicy
                + "\", \"neighbourCount\": " + n + ", \"minimumReferenceSize\": " + k + ", \"version\": " + version
                + "}";
    }

    private String code(TestData.Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    /**
     * {@code count} organisations with approved Participatie figures; the i-th (from 0) has 400 +
     * 10·i uitkeringen and loonkosten 200.000 + 10.007·i, so no two are alike.
     */
    private List<TestData.Subject> approvedParticipants(int year, int count) {
        List<TestData.Subject> subjects = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            TestData.Subject subject = testData.newOrganisation(year);
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), BigDecimal.valueOf(400 + 10L * i));
            values.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), new BigDecimal("3.5"));
            values.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), BigDecimal.valueOf(200_000 + 10_007L * i));
            values.put(FieldKeys.task("BELEID", TaskField.FTE), new BigDecimal("0.5"));
            values.put(FieldKeys.task("BELEID", TaskField.LOONKOSTEN), new BigDecimal("45000"));
            values.put(FieldKeys.outsourcing("UITVOERING"), new BigDecimal("10000"));
            approved.storeApproved(subject.organisationId(), year, "PARTICIPATIE", values, "test");
            subjects.add(subject);
        }
        return subjects;
    }

    @Test
    void readsTheSettingsWithNamedSetsAndOutlierDecisionsByOrganisationCode() {
        TestData.Subject first = testData.newOrganisation(2121);
        TestData.Subject second = testData.newOrganisation(2121);
        editions.setConsent(first.organisationId(), true, "test");
        assertThat(editions.createNamedSet(
                        2121,
                        "PARTICIPATIE",
                        "Buren",
                        List.of(first.organisationId(), second.organisationId()),
                        "test"))
                .isEmpty();
        assertThat(editions.decideOutlier(2121, "PARTICIPATIE", second.organisationId(), true, "Telt dubbel", "test"))
                .isEmpty();

        HttpResponse<String> response = beheerder("GET", "/api/v1/editions/2121/PARTICIPATIE", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode edition = json(response);
        assertThat(edition.get("year").asInt()).isEqualTo(2121);
        assertThat(edition.get("module").asText()).isEqualTo("PARTICIPATIE");
        assertThat(edition.get("allowedPolicies").toString()).isEqualTo("[\"ALLE_GOEDGEKEURD\"]");
        assertThat(edition.get("defaultPolicy").asText()).isEqualTo("ALLE_GOEDGEKEURD");
        assertThat(edition.get("neighbourCount").asInt()).isEqualTo(10);
        assertThat(edition.get("minimumReferenceSize").asInt()).isEqualTo(5);
        assertThat(edition.get("published").asBoolean()).isFalse();
        assertThat(edition.get("publishedAt").isNull()).isTrue();
        assertThat(edition.get("version").asInt()).isEqualTo(editions.version(2121, "PARTICIPATIE"));
        JsonNode set = edition.at("/namedSets/0");
        assertThat(set.get("name").asText()).isEqualTo("Buren");
        assertThat(set.get("members").toString())
                .isEqualTo(JSON.valueToTree(List.of(code(first), code(second))).toString());
        assertThat(set.get("consenting").toString())
                .isEqualTo(JSON.valueToTree(List.of(code(first))).toString());
        JsonNode decision = edition.at("/outlierDecisions/0");
        assertThat(decision.get("organisation").asText()).isEqualTo(code(second));
        assertThat(decision.get("excluded").asBoolean()).isTrue();
        assertThat(decision.get("reason").asText()).isEqualTo("Telt dubbel");
    }

    @Test
    void anUnknownModuleIsADutchNotFoundProblem() {
        HttpResponse<String> response = beheerder("GET", "/api/v1/editions/2121/tuinbouw", null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(response).get("detail").asText())
                .isEqualTo("Er is geen editie 2121/tuinbouw: onbekend peiljaar of onbekende module.");
    }

    @Test
    void changesTheSettingsAndAnswersWithTheNewOnesAndANewVersion() {
        testData.newOrganisation(2122);
        int before = version(2122);

        HttpResponse<String> response = beheerder(
                "PUT", path(2122), settings("\"GROOTTEKLASSE\", \"ALLE_GOEDGEKEURD\"", "GROOTTEKLASSE", 12, 4, before));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode edition = json(response);
        assertThat(edition.get("allowedPolicies").toString()).isEqualTo("[\"ALLE_GOEDGEKEURD\",\"GROOTTEKLASSE\"]");
        assertThat(edition.get("defaultPolicy").asText()).isEqualTo("GROOTTEKLASSE");
        assertThat(edition.get("neighbourCount").asInt()).isEqualTo(12);
        assertThat(edition.get("minimumReferenceSize").asInt()).isEqualTo(4);
        assertThat(edition.get("version").asInt()).isGreaterThan(before);
        EditionSettings stored = editions.settings(2122, "PARTICIPATIE");
        assertThat(stored.minimumReferenceSize()).isEqualTo(4);
        assertThat(stored.defaultPolicy()).isEqualTo(ReferencePolicy.GROOTTEKLASSE);
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2122/PARTICIPATIE"))
                .anySatisfy(entry -> {
                    assertThat(entry.username()).isEqualTo("beheerder");
                    assertThat(entry.field()).isEqualTo("k");
                    assertThat(entry.oldValue()).isEqualTo("5");
                    assertThat(entry.newValue()).isEqualTo("4");
                });
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedWithConflictAndChangesNothing() {
        testData.newOrganisation(2123);
        int read = version(2123);
        assertThat(beheerder("PUT", path(2123), settings("\"ALLE_GOEDGEKEURD\"", "ALLE_GOEDGEKEURD", 11, 5, read))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale =
                beheerder("PUT", path(2123), settings("\"ALLE_GOEDGEKEURD\"", "ALLE_GOEDGEKEURD", 20, 6, read));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("detail").asText())
                .startsWith("Iemand anders heeft de instellingen van deze editie intussen gewijzigd (nu version "
                        + editions.version(2123, "PARTICIPATIE") + ")");
        EditionSettings stored = editions.settings(2123, "PARTICIPATIE");
        assertThat(stored.neighbourCount()).isEqualTo(11);
        assertThat(stored.minimumReferenceSize()).isEqualTo(5);
    }

    @Test
    void aKBelowThreeIsRefusedWithTheDutchMessageAtTheField() {
        testData.newOrganisation(2124);
        int read = version(2124);

        HttpResponse<String> response =
                beheerder("PUT", path(2124), settings("\"ALLE_GOEDGEKEURD\"", "ALLE_GOEDGEKEURD", 10, 2, read));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("detail").asText()).isEqualTo("Niet opgeslagen: verbeter de velden in errors.");
        assertThat(problem.at("/errors/minimumReferenceSize").asText()).isEqualTo("k moet minstens 3 zijn.");
        assertThat(editions.settings(2124, "PARTICIPATIE").minimumReferenceSize())
                .isEqualTo(5);
        assertThat(editions.version(2124, "PARTICIPATIE")).isEqualTo(read);
    }

    @Test
    void anUnknownPolicyCodeIsNamedAtTheFieldAndNothingChanges() {
        testData.newOrganisation(2124);
        int read = version(2124);

        HttpResponse<String> response = beheerder(
                "PUT",
                path(2124),
                settings("\"ALLE_GOEDGEKEURD\", \"BUURGEMEENTEN\"", "ALLE_GOEDGEKEURD", 10, 5, read));

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/allowedPolicies").asText())
                .isEqualTo("Onbekende referentiegroep: BUURGEMEENTEN. Kies uit ALLE_GOEDGEKEURD, GROOTTEKLASSE,"
                        + " NAASTE_BUREN, MAATWERK, GEMEENTEN en SAMENWERKINGEN.");
        assertThat(editions.version(2124, "PARTICIPATIE")).isEqualTo(read);
    }

    @Test
    void aChangeWithoutVersionIsRefusedAtTheField() {
        testData.newOrganisation(2124);

        HttpResponse<String> response = beheerder(
                "PUT",
                path(2124),
                "{\"allowedPolicies\": [\"ALLE_GOEDGEKEURD\"], \"defaultPolicy\": \"ALLE_GOEDGEKEURD\","
                        + " \"neighbourCount\": 10, \"minimumReferenceSize\": 5}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/version").asText())
                .isEqualTo("Geef de version mee die u bij het lezen van de instellingen kreeg.");
    }

    @Test
    void aBodyThatIsNoJsonIsABadRequestWithADutchDetail() {
        testData.newOrganisation(2124);

        HttpResponse<String> response = beheerder("PUT", path(2124), "allowedPolicies=ALLE_GOEDGEKEURD");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(json(response).get("detail").asText())
                .isEqualTo("De inhoud van het verzoek is geen geldige JSON in de verwachte vorm.");
    }

    @Test
    void anOverrideReasonThatIsTooLongIsRefusedAtTheFieldAndNothingIsPublished() {
        testData.newOrganisation(2124);

        HttpResponse<String> response =
                beheerder("POST", path(2124) + "/publication", "{\"overrideReason\": \"" + "x".repeat(2001) + "\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/overrideReason").asText())
                .isEqualTo("De reden is te lang: ten hoogste 2.000 tekens.");
        assertThat(editions.settings(2124, "PARTICIPATIE").published()).isFalse();
    }

    @Test
    void twoChoicesThatDifferInOneOrganisationAreRefusedWithTheExplanationAndNothingChanges() {
        approvedParticipants(2125, 12);
        int read = version(2125);

        HttpResponse<String> response = beheerder(
                "PUT", path(2125), settings("\"ALLE_GOEDGEKEURD\", \"NAASTE_BUREN\"", "ALLE_GOEDGEKEURD", 10, 5, read));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        JsonNode problem = json(response);
        assertThat(problem.get("problems")).hasSize(1);
        assertThat(problem.at("/problems/0").asText())
                .contains("verschillen voor 12 deelnemer(s) in slechts 1 organisatie(s)")
                .contains("ten minste 5 organisaties verschillen");
        assertThat(problem.at("/errors/allowedPolicies").asText())
                .isEqualTo("Deze combinatie van referentiegroepen is niet toegestaan: zie problems.");
        EditionSettings stored = editions.settings(2125, "PARTICIPATIE");
        assertThat(stored.allows(ReferencePolicy.NAASTE_BUREN)).isFalse();
        assertThat(editions.version(2125, "PARTICIPATIE")).isEqualTo(read);
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2125/PARTICIPATIE"))
                .noneSatisfy(entry -> assertThat(entry.field()).isEqualTo("toegestane_referentiegroepen"));
    }

    @Test
    void publishingAnswersCreatedWithTheNumberAndAgainUnchangedWithADutchDetail() {
        approvedParticipants(2126, 6);

        HttpResponse<String> first = beheerder("POST", path(2126) + "/publication", null);
        HttpResponse<String> again = beheerder("POST", path(2126) + "/publication", "{}");

        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("number").asInt()).isEqualTo(1);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).has("number")).isFalse();
        assertThat(json(again).get("detail").asText())
                .isEqualTo("Er is niets veranderd sinds de laatste publicatie; deelnemers zien die nog steeds.");
        JsonNode edition = json(beheerder("GET", path(2126), null));
        assertThat(edition.get("published").asBoolean()).isTrue();
        assertThat(edition.get("publishedBy").asText()).isEqualTo("beheerder");
        assertThat(edition.get("publishedAt").asText()).matches(ISO_WITH_OFFSET);
    }

    @Test
    void aRepublicationOneExcludedOrganisationAwayIsRefusedAndGoesAheadWithAReason() {
        List<TestData.Subject> subjects = approvedParticipants(2127, 12);
        assertThat(beheerder("POST", path(2127) + "/publication", null).statusCode())
                .isEqualTo(201);
        HttpResponse<String> excluded = beheerder(
                "PUT",
                path(2127) + "/outliers/" + code(subjects.get(11)),
                "{\"excluded\": true, \"reason\": \"Telt dubbel\"}");
        assertThat(excluded.statusCode()).as(excluded.body()).isEqualTo(200);

        HttpResponse<String> refused = beheerder("POST", path(2127) + "/publication", null);
        HttpResponse<String> overridden = beheerder(
                "POST",
                path(2127) + "/publication",
                "{\"overrideReason\": \"Uitsluiting door de stuurgroep bevestigd\"}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
        JsonNode problem = json(refused);
        assertThat(problem.get("detail").asText())
                .startsWith("Niet gepubliceerd")
                .contains("overrideReason");
        assertThat(problem.at("/problems/0").asText())
                .contains("verschilt voor 11 deelnemer(s) de bijdrage van slechts 1 organisatie(s)");
        assertThat(overridden.statusCode()).as(overridden.body()).isEqualTo(201);
        assertThat(json(overridden).get("number").asInt()).isEqualTo(2);
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2127/PARTICIPATIE"))
                .anySatisfy(entry -> assertThat(entry.newValue()).contains("Uitsluiting door de stuurgroep bevestigd"));
    }

    @Test
    void anOutlierDecisionIsAnsweredWithTheDecisionOnRecord() {
        TestData.Subject subject = testData.newOrganisation(2128);

        HttpResponse<String> response = beheerder(
                "PUT",
                path(2128) + "/outliers/" + code(subject).toLowerCase(java.util.Locale.ROOT),
                "{\"excluded\": false, \"reason\": \"Hoge kosten verklaard\"}");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode decision = json(response);
        assertThat(decision.get("organisation").asText()).isEqualTo(code(subject));
        assertThat(decision.get("excluded").asBoolean()).isFalse();
        assertThat(decision.get("decidedBy").asText()).isEqualTo("beheerder");
        assertThat(decision.get("decidedAt").asText()).matches(ISO_WITH_OFFSET);
        assertThat(editions.settings(2128, "PARTICIPATIE").outlierDecision(subject.organisationId()))
                .hasValueSatisfying(d -> assertThat(d.reason()).isEqualTo("Hoge kosten verklaard"));
    }

    @Test
    void anOutlierDecisionWithoutAReasonIsRefusedWithTheDutchMessage() {
        TestData.Subject subject = testData.newOrganisation(2128);

        HttpResponse<String> response =
                beheerder("PUT", path(2128) + "/outliers/" + code(subject), "{\"excluded\": true, \"reason\": \"  \"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).at("/errors/reason").asText()).isEqualTo("Schrijf de reden van uw besluit op.");
        assertThat(editions.settings(2128, "PARTICIPATIE").outlierDecision(subject.organisationId()))
                .isEmpty();
    }

    @Test
    void anOutlierDecisionOnAnUnknownOrganisationIsNotFound() {
        testData.newOrganisation(2128);

        HttpResponse<String> response =
                beheerder("PUT", path(2128) + "/outliers/XX9999", "{\"excluded\": true, \"reason\": \"Telt dubbel\"}");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asText()).isEqualTo("Er is geen organisatie met code XX9999.");
    }

    @Test
    void withdrawingAnswersNoContentAlsoWhenNothingIsPublished() {
        testData.newOrganisation(2129);
        publisher.publish(2129, "PARTICIPATIE", "test", null);

        HttpResponse<String> withdrawn = beheerder("DELETE", path(2129) + "/publication", null);
        HttpResponse<String> again = beheerder("DELETE", path(2129) + "/publication", null);

        assertThat(withdrawn.statusCode()).isEqualTo(204);
        assertThat(again.statusCode()).isEqualTo(204);
        assertThat(editions.settings(2129, "PARTICIPATIE").published()).isFalse();
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, "2129/PARTICIPATIE"))
                .filteredOn(entry -> entry.action().equals("PUBLICATIE_INGETROKKEN"))
                .hasSize(1);
    }

    @Test
    void aDeelnemerIsRefusedWithADutchProblemAndChangesNothing() {
        TestData.Subject subject = testData.newOrganisation(2130);
        int read = editions.version(2130, "PARTICIPATIE");

        HttpResponse<String> reading =
                new UserAgent(port).api("GET", path(2130), subject.deelnemer(), TestData.PASSWORD, null);
        HttpResponse<String> publishing = new UserAgent(port)
                .api("POST", path(2130) + "/publication", subject.deelnemer(), TestData.PASSWORD, null);

        assertThat(reading.statusCode()).isEqualTo(403);
        assertThat(reading.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertThat(json(reading).get("detail").asText())
                .isEqualTo("Alleen de beheerder mag de instellingen van een editie lezen of wijzigen.");
        assertThat(publishing.statusCode()).isEqualTo(403);
        assertThat(editions.settings(2130, "PARTICIPATIE").published()).isFalse();
        assertThat(editions.version(2130, "PARTICIPATIE")).isEqualTo(read);
    }

    @Test
    void aCallWithoutCredentialsIsUnauthorised() {
        HttpResponse<byte[]> response = new UserAgent(port).getBytes(path(2130));

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void theEditionEndpointsAreInTheOpenApiDocument() {
        HttpResponse<String> response = beheerder("GET", "/api/openapi", null);

        assertThat(response.body())
                .contains(
                        "/api/v1/editions/{year}/{module}",
                        "/api/v1/editions/{year}/{module}/publication",
                        "/api/v1/editions/{year}/{module}/outliers/{organisationCode}",
                        "overrideReason");
    }
}
