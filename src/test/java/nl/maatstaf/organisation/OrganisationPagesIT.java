package nl.maatstaf.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@IntegrationTest
class OrganisationPagesIT {

    @LocalServerPort
    int port;

    @Autowired
    OrganisationService organisations;

    @Autowired
    MunicipalityRegister register;

    @Autowired
    AuditLog audit;

    @Test
    void theBeheerderRegistersAMunicipalityFromTheListUnderItsCbsNameAndCode() {
        Municipality municipality = unregistered().get(0);
        UserAgent beheerder = beheerder();

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/organisaties/gemeente", Map.of("gemeente", municipality.code() + " " + municipality.name()));

        assertThat(response.statusCode()).isEqualTo(302);
        Organisation registered = organisations.findByCode(municipality.code()).orElseThrow();
        assertThat(registered.name()).isEqualTo(municipality.name());
        assertThat(registered.kind()).isEqualTo(OrganisationKind.GEMEENTE);
        assertThat(registered.members()).extracting(Municipality::code).containsExactly(municipality.code());
        assertThat(registered.active()).isTrue();
        assertThat(audit.forEntity(OrganisationService.AUDIT_ENTITY, municipality.code()))
                .anySatisfy(line -> assertThat(line.action()).isEqualTo("ORGANISATIE_GEREGISTREERD"));
        assertThat(beheerder.get("/beheer/organisaties").body()).contains(municipality.name(), municipality.code());
    }

    @Test
    void theBeheerderRegistersACooperationWithMembersByCodeOrNameAndGetsAnAssignedCode() {
        String name = "Paginasamenwerking " + System.nanoTime();

        HttpResponse<String> response = beheerder()
                .postForm("/beheer/organisaties/samenwerking", Map.of("naam", name, "leden", "GM0003\nDelfzijl"));

        assertThat(response.statusCode()).isEqualTo(302);
        Organisation registered = organisations.findByName(name).orElseThrow();
        assertThat(registered.code()).isEqualTo(OrganisationService.cooperationCode(registered.id()));
        assertThat(registered.members()).extracting(Municipality::code).containsExactlyInAnyOrder("GM0003", "GM0010");
        assertThat(registered.inhabitants()).isEqualTo(11523 + 24609);
    }

    @Test
    void refusesAnUnknownMunicipalityCodeAtTheFieldAndStoresNothing() {
        int before = organisations.all().size();

        HttpResponse<String> response =
                beheerder().postForm("/beheer/organisaties/gemeente", Map.of("gemeente", "GM9999"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("GM9999 staat niet in de gemeentelijst.");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void refusesACooperationWithoutMembersAndStoresNothing() {
        String name = "Ledenloos " + System.nanoTime();

        HttpResponse<String> response =
                beheerder().postForm("/beheer/organisaties/samenwerking", Map.of("naam", name, "leden", " "));

        assertThat(response.body()).contains("Een samenwerking heeft minstens één lid.", name);
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void refusesACooperationWithAMemberTwiceAndStoresNothing() {
        String name = "Dubbel " + System.nanoTime();

        HttpResponse<String> response = beheerder()
                .postForm("/beheer/organisaties/samenwerking", Map.of("naam", name, "leden", "GM0003, 3, GM0010"));

        assertThat(response.body()).contains("Appingedam (GM0003) staat twee keer bij de leden.");
        assertThat(organisations.findByName(name)).isEmpty();
    }

    @Test
    void refusesANameAlreadyInUseWhateverItsCapitalsAndStoresNothing() {
        int before = organisations.all().size();

        HttpResponse<String> response = beheerder()
                .postForm("/beheer/organisaties/samenwerking", Map.of("naam", "servicecentrum mer", "leden", "GM0003"));

        assertThat(response.body()).contains("De naam servicecentrum mer is al in gebruik.");
        assertThat(organisations.all()).hasSize(before);
    }

    @Test
    void renamingKeepsTheCodeAndIsAudited() {
        long id = organisations.registerCooperation("Oude naam " + System.nanoTime(), List.of("GM0003"));
        String code = organisations.find(id).orElseThrow().code();
        String newName = "Nieuwe naam " + System.nanoTime();
        UserAgent beheerder = beheerder();
        beheerder.get("/beheer/organisaties/" + id);

        HttpResponse<String> response =
                beheerder.postForm("/beheer/organisaties/" + id + "/naam", Map.of("naam", newName, "versie", "0"));

        assertThat(response.statusCode()).isEqualTo(302);
        Organisation renamed = organisations.find(id).orElseThrow();
        assertThat(renamed.name()).isEqualTo(newName);
        assertThat(renamed.code()).isEqualTo(code);
        assertThat(audit.forEntity(OrganisationService.AUDIT_ENTITY, code))
                .anySatisfy(line -> assertThat(line.newValue()).isEqualTo(newName));
    }

    @Test
    void aRenameFromAStalePageIsRefusedWithoutOverwriting() {
        long id = organisations.registerCooperation("Gelijktijdig " + System.nanoTime(), List.of("GM0003"));
        organisations.update(id, "Eerst " + System.nanoTime(), null, 0, "beheerder");
        String first = organisations.find(id).orElseThrow().name();
        UserAgent beheerder = beheerder();
        beheerder.get("/beheer/organisaties/" + id);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/organisaties/" + id + "/naam", Map.of("naam", "Later " + System.nanoTime(), "versie", "0"));

        assertThat(response.body()).contains("Iemand anders heeft deze organisatie intussen gewijzigd.");
        assertThat(organisations.find(id).orElseThrow().name()).isEqualTo(first);
    }

    @Test
    void deactivatingKeepsTheOrganisationAndItsDataButMarksItInactive() {
        long id = organisations.registerCooperation("Te deactiveren " + System.nanoTime(), List.of("GM0003"));
        UserAgent beheerder = beheerder();
        beheerder.get("/beheer/organisaties/" + id);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/organisaties/" + id + "/activering", Map.of("actief", "false", "versie", "0"));

        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(organisations.isActive(id)).isFalse();
        assertThat(organisations.find(id))
                .hasValueSatisfying(o -> assertThat(o.active()).isFalse());
        assertThat(beheerder.get("/beheer/organisaties/" + id).body()).contains("gedeactiveerd", "Weer activeren");
    }

    @Test
    void membersJoiningAndLeavingGiveEachPeiljaarItsOwnInhabitants() {
        long id = organisations.registerCooperation("Wisselend " + System.nanoTime(), List.of("GM0003", "GM0010"));
        UserAgent beheerder = beheerder();
        beheerder.get("/beheer/organisaties/" + id);

        HttpResponse<String> joined = beheerder.postForm(
                "/beheer/organisaties/" + id + "/leden",
                Map.of("gemeente", "GM0014 Groningen", "jaar", "2175", "versie", "0"));
        beheerder.get("/beheer/organisaties/" + id);
        HttpResponse<String> left = beheerder.postForm(
                "/beheer/organisaties/" + id + "/leden/einde",
                Map.of("gemeente", "GM0010", "jaar", "2177", "versie", "1"));

        assertThat(joined.statusCode()).isEqualTo(302);
        assertThat(left.statusCode()).isEqualTo(302);
        assertThat(organisations.find(id, 2174).orElseThrow().inhabitants()).isEqualTo(sum(2174, "GM0003", "GM0010"));
        assertThat(organisations.find(id, 2175).orElseThrow().inhabitants())
                .isEqualTo(sum(2175, "GM0003", "GM0010", "GM0014"));
        assertThat(organisations.find(id, 2177).orElseThrow().inhabitants())
                .isEqualTo(sum(2177, "GM0003", "GM0010", "GM0014"));
        assertThat(organisations.find(id, 2178).orElseThrow().inhabitants()).isEqualTo(sum(2178, "GM0003", "GM0014"));
        assertThat(beheerder.get("/beheer/organisaties/" + id + "?jaar=2178").body())
                .contains("Leden in peiljaar 2178", "Groningen")
                .contains(java.text.NumberFormat.getIntegerInstance(java.util.Locale.forLanguageTag("nl-NL"))
                        .format(sum(2178, "GM0003", "GM0014")));
    }

    @Test
    void refusesAMemberThatIsAlreadyAMemberThenAndStoresNothing() {
        long id = organisations.registerCooperation("Al lid " + System.nanoTime(), List.of("GM0003"));
        UserAgent beheerder = beheerder();
        beheerder.get("/beheer/organisaties/" + id);

        HttpResponse<String> response = beheerder.postForm(
                "/beheer/organisaties/" + id + "/leden", Map.of("gemeente", "GM0003", "jaar", "2176", "versie", "0"));

        assertThat(response.body()).contains("Appingedam is in 2176 of later al lid.");
        assertThat(organisations.memberships(id)).hasSize(1);
    }

    @Test
    void aParticipantCannotOpenTheOrganisationPages() {
        assertThat(UserAgent.loggedIn(port, "deelnemer", "demo")
                        .get("/beheer/organisaties")
                        .statusCode())
                .isEqualTo(403);
    }

    private long sum(int year, String... codes) {
        Set<String> wanted = Set.of(codes);
        return register.inForce(year).stream()
                .filter(m -> wanted.contains(m.code()))
                .mapToLong(Municipality::inhabitants)
                .sum();
    }

    private List<Municipality> unregistered() {
        Set<String> registered = organisations.idsByCode().keySet();
        return register.inForce(2026).stream()
                .filter(m -> !registered.contains(m.code()))
                // A name with an apostrophe ('s-Gravenhage) is escaped in the page.
                .filter(m -> !m.name().contains("'"))
                .toList();
    }

    private UserAgent beheerder() {
        UserAgent agent = UserAgent.loggedIn(port, "beheerder", "demo");
        agent.get("/beheer/organisaties");
        return agent;
    }
}
