package nl.maatstaf.edition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.organisation.OrganisationService;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Named sets over JSON: create, change and delete, checked as on the edition page, and audited. */
@IntegrationTest
class NamedSetApiIT {

    static final int YEAR = 2210;
    static final String PATH = "/api/v1/editions/" + YEAR + "/participatie/named-sets";
    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    EditionService editions;

    @Autowired
    OrganisationService organisations;

    @Autowired
    AuditLog audit;

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

    private String code(TestData.Subject subject) {
        return organisations.find(subject.organisationId()).orElseThrow().code();
    }

    private static String body(String name, String... codes) {
        return "{\"name\": \"" + name + "\", \"members\": ["
                + String.join(
                        ", ", List.of(codes).stream().map(c -> "\"" + c + "\"").toList()) + "]}";
    }

    private static String versioned(String body, int version) {
        return body.substring(0, body.length() - 1) + ", \"version\": " + version + "}";
    }

    private NamedSet stored(long id) {
        return editions.settings(YEAR, "PARTICIPATIE").namedSet(id).orElseThrow();
    }

    @Test
    void aNamedSetIsCreatedWithItsMembersAndOnlyConsentingMembersTakePart() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        editions.setConsent(first.organisationId(), true, "test");
        String name = "Noord " + first.organisationId();

        HttpResponse<String> response = beheerder("POST", PATH, body(name, code(first), code(second)));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode set = json(response);
        long id = set.get("id").asLong();
        assertThat(response.headers().firstValue("Location").orElse(""))
                .isEqualTo("/api/v1/editions/" + YEAR + "/participatie/named-sets/" + id);
        assertThat(set.get("name").asText()).isEqualTo(name);
        assertThat(set.get("version").asInt()).isZero();
        assertThat(set.get("members").toString())
                .isEqualTo(JSON.valueToTree(List.of(code(first), code(second)).stream()
                                .sorted()
                                .toList())
                        .toString());
        assertThat(set.get("consenting").toString())
                .isEqualTo(JSON.valueToTree(List.of(code(first))).toString());
        assertThat(stored(id).members()).containsExactlyInAnyOrder(first.organisationId(), second.organisationId());
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, YEAR + "/PARTICIPATIE"))
                .anySatisfy(entry -> {
                    assertThat(entry.action()).isEqualTo("MAATWERKSET_AANGEMAAKT");
                    assertThat(entry.field()).isEqualTo("set " + id);
                    assertThat(entry.username()).isEqualTo("beheerder");
                });
        assertThat(beheerder("GET", PATH, null).body()).contains("\"name\":\"" + name + "\"");
    }

    @Test
    void aNamedSetIsRenamedAndGetsOtherMembersWithTheChangeOnRecord() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        TestData.Subject third = testData.newOrganisation(YEAR);
        long id = json(beheerder("POST", PATH, body("Oost " + first.organisationId(), code(first), code(second))))
                .get("id")
                .asLong();

        HttpResponse<String> response = beheerder(
                "PUT", PATH + "/" + id, versioned(body("West " + first.organisationId(), code(first), code(third)), 0));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).get("name").asText()).isEqualTo("West " + first.organisationId());
        assertThat(stored(id).name()).isEqualTo("West " + first.organisationId());
        assertThat(stored(id).members()).containsExactlyInAnyOrder(first.organisationId(), third.organisationId());
        assertThat(audit.forEntity(EditionService.AUDIT_ENTITY, YEAR + "/PARTICIPATIE"))
                .anySatisfy(entry -> {
                    assertThat(entry.field()).isEqualTo("set " + id + " naam");
                    assertThat(entry.oldValue()).isEqualTo("Oost " + first.organisationId());
                    assertThat(entry.newValue()).isEqualTo("West " + first.organisationId());
                })
                .anySatisfy(entry -> {
                    assertThat(entry.field()).isEqualTo("set " + id + " leden");
                    assertThat(entry.newValue()).isEqualTo(first.organisationId() + "," + third.organisationId());
                });
    }

    @Test
    void aChangeBasedOnAStaleVersionIsRefusedAndChangesNothing() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        TestData.Subject third = testData.newOrganisation(YEAR);
        String name = "Midden " + first.organisationId();
        long id = json(beheerder("POST", PATH, body(name, code(first), code(second))))
                .get("id")
                .asLong();
        assertThat(beheerder("PUT", PATH + "/" + id, versioned(body(name, code(first), code(third)), 0))
                        .statusCode())
                .isEqualTo(200);

        HttpResponse<String> stale =
                beheerder("PUT", PATH + "/" + id, versioned(body(name + " oud", code(first), code(second)), 0));
        HttpResponse<String> withoutVersion = beheerder("PUT", PATH + "/" + id, body(name, code(first), code(second)));

        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(json(stale).get("detail").asText())
                .isEqualTo("Iemand anders heeft deze maatwerkvergelijking intussen gewijzigd (nu version 1). Er is"
                        + " niets opgeslagen; lees haar opnieuw en stuur daarna uw wijziging met de nieuwe version.");
        assertThat(withoutVersion.statusCode()).isEqualTo(422);
        assertThat(json(withoutVersion).at("/errors/version").asText())
                .isEqualTo("Geef de version van de maatwerkvergelijking mee die u bij het lezen kreeg.");
        assertThat(stored(id).name()).isEqualTo(name);
        assertThat(stored(id).members()).containsExactlyInAnyOrder(first.organisationId(), third.organisationId());
    }

    @Test
    void aNamedSetIsDeletedAndThenNotFound() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        long id = json(beheerder("POST", PATH, body("Zuid " + first.organisationId(), code(first), code(second))))
                .get("id")
                .asLong();

        HttpResponse<String> deleted = beheerder("DELETE", PATH + "/" + id, null);
        HttpResponse<String> again = beheerder("DELETE", PATH + "/" + id, null);

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(editions.settings(YEAR, "PARTICIPATIE").namedSet(id)).isEmpty();
        assertThat(again.statusCode()).isEqualTo(404);
        assertThat(json(again).get("detail").asText())
                .isEqualTo("Deze editie heeft geen maatwerkvergelijking met id " + id + ".");
    }

    @Test
    void anUnknownCodeOrTooFewMembersIsRefusedAndNothingIsStored() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        String name = "Fout " + first.organisationId();

        HttpResponse<String> unknown = beheerder("POST", PATH, body(name, code(first), "GM9999"));
        HttpResponse<String> tooFew = beheerder("POST", PATH, body(name, code(first)));

        assertThat(unknown.statusCode()).isEqualTo(422);
        assertThat(json(unknown).at("/errors/members").asText()).isEqualTo("Er is geen organisatie met code GM9999.");
        assertThat(tooFew.statusCode()).isEqualTo(422);
        assertThat(json(tooFew).at("/errors/members").asText()).isEqualTo("Kies minstens twee organisaties.");
        assertThat(editions.settings(YEAR, "PARTICIPATIE").namedSets())
                .noneMatch(set -> set.name().equals(name));
    }

    @Test
    void aDeelnemerCanNeitherReadNorChangeNamedSets() {
        TestData.Subject first = testData.newOrganisation(YEAR);
        TestData.Subject second = testData.newOrganisation(YEAR);
        String name = "Deelnemer " + first.organisationId();
        UserAgent agent = new UserAgent(port);

        HttpResponse<String> read = agent.api("GET", PATH, first.deelnemer(), TestData.PASSWORD, null);
        HttpResponse<String> create =
                agent.api("POST", PATH, first.deelnemer(), TestData.PASSWORD, body(name, code(first), code(second)));
        HttpResponse<String> change =
                agent.api("PUT", PATH + "/1", first.deelnemer(), TestData.PASSWORD, body(name, code(first)));
        HttpResponse<String> delete = agent.api("DELETE", PATH + "/1", first.deelnemer(), TestData.PASSWORD, null);

        assertThat(List.of(read.statusCode(), create.statusCode(), change.statusCode(), delete.statusCode()))
                .containsOnly(403);
        assertThat(json(create).get("detail").asText())
                .isEqualTo("Alleen de beheerder mag de instellingen van een editie lezen of wijzigen.");
        assertThat(editions.settings(YEAR, "PARTICIPATIE").namedSets())
                .noneMatch(set -> set.name().equals(name));
    }
}
