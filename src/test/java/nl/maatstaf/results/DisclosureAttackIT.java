package nl.maatstaf.results;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.maatstaf.audit.AuditLog;
import nl.maatstaf.audit.AuditRecord;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.edition.EditionPublisher;
import nl.maatstaf.edition.EditionService;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;
import nl.maatstaf.testsupport.IntegrationTest;
import nl.maatstaf.testsupport.TestData;
import nl.maatstaf.testsupport.UserAgent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ways a curious participant could reconstruct other organisations' figures from what the
 * product shows, each tried as that participant would (decision 0009): a plausibility warning, the
 * spread of a small group, two groups it may choose, unrounded means, two moments of one edition,
 * and a figure one organisation dominates. Every test fails on the product before these rules.
 */
@IntegrationTest
class DisclosureAttackIT extends EditionIntegrationTestSupport {

    private static final EnumSet<ReferencePolicy> ALL_AND_NEIGHBOURS =
            EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD, ReferencePolicy.NAASTE_BUREN);

    @Autowired
    AuditLog audit;

    private List<TestData.Subject> published(int year, int count, EnumSet<ReferencePolicy> allowed, int n) {
        List<TestData.Subject> subjects = approvedParticipants(year, count);
        assertThat(editions.changeSettings(
                        year,
                        "PARTICIPATIE",
                        new EditionService.SettingsChange(allowed, ReferencePolicy.ALLE_GOEDGEKEURD, n, 5),
                        "test"))
                .isEmpty();
        assertThat(publisher.publish(year, "PARTICIPATIE", "test", null))
                .isInstanceOf(EditionPublisher.Outcome.Published.class);
        return subjects;
    }

    private JsonNode api(TestData.Subject subject, int year, String query) throws IOException {
        return results(subject.organisationId(), year, query, subject.deelnemer(), TestData.PASSWORD);
    }

    /** The other organisations' total cost per uitkering, as {@link #approvedParticipants} made them. */
    private static List<String> othersCostsAsShown(int count) {
        List<String> costs = new ArrayList<>();
        for (int i = 1; i < count; i++) {
            costs.add(DutchFormat.euro(ItFigures.totalCostPerUnit(400 + 10 * i, 200_000 + 10_007L * i)));
        }
        return costs;
    }

    /** A draft Participatie questionnaire whose cost per uitkering is far above anyone's. */
    private HttpResponse<String> saveImplausibleDraft(TestData.Subject subject, int year) {
        String body = "{\"lockVersion\": 0, \"values\": {"
                + "\"" + FieldKeys.indicator("BIJSTANDSUITKERINGEN") + "\": \"10\", "
                + "\"" + FieldKeys.task("KM_INKOMEN", TaskField.FTE) + "\": \"3,5\", "
                + "\"" + FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN) + "\": \"250000\"}}";
        return new UserAgent(port)
                .api(
                        "PUT",
                        "/api/v1/organisations/" + subject.organisationId() + "/submissions/" + year + "/participatie",
                        subject.deelnemer(),
                        TestData.PASSWORD,
                        body);
    }

    @Test
    void theCostWarningNamesThePublishedUsualRangeAndNoOtherOrganisationsFigure() {
        published(2101, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        TestData.Subject newcomer = testData.newOrganisation(2101);

        HttpResponse<String> draft = saveImplausibleDraft(newcomer, 2101);

        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).contains("gebruikelijke bandbreedte").contains("gepubliceerde benchmark 2101");
        // Before, the warning named the lowest and highest cost per uitkering of the others.
        for (String cost : othersCostsAsShown(12)) {
            assertThat(draft.body()).doesNotContain(cost);
        }
    }

    @Test
    void beforeAnyPublicationTheCostWarningSaysNothingAboutOthers() {
        approvedParticipants(2102, 12);
        TestData.Subject newcomer = testData.newOrganisation(2102);

        HttpResponse<String> draft = saveImplausibleDraft(newcomer, 2102);

        assertThat(draft.statusCode()).isEqualTo(200);
        assertThat(draft.body()).doesNotContain("costPerUnitRange").doesNotContain("bandbreedte");
        for (String cost : othersCostsAsShown(12)) {
            assertThat(draft.body()).doesNotContain(cost);
        }
    }

    @Test
    void theSpreadOfAGroupOfFiveIsNotShownAnywhere() throws IOException {
        List<TestData.Subject> subjects = published(2103, 6, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 5);
        TestData.Subject own = subjects.get(0);

        JsonNode api = api(own, 2103, "");
        HttpResponse<byte[]> csv = UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .getBytes("/resultaten/2103/participatie/resultaten.csv");
        String page = html(UserAgent.loggedIn(port, own.deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2103/participatie?tab=kosten"));

        assertThat(api.at("/costs/total/reference").isNumber()).isTrue();
        for (JsonNode indicator : api.get("derivedIndicators")) {
            assertThat(indicator.get("spread").isNull())
                    .as(indicator.get("code").asText())
                    .isTrue();
        }
        assertThat(csv.statusCode()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).doesNotContain("Laagste").doesNotContain("Hoogste");
        for (String cost : othersCostsAsShown(6)) {
            assertThat(page).doesNotContain(cost);
        }
        assertThat(page).doesNotContain("data-chart-type=\"spread\"");
    }

    @Test
    void theSpreadNeverHoldsAMinimumOrMaximum() throws IOException {
        List<TestData.Subject> subjects = published(2104, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);

        JsonNode api = api(subjects.get(0), 2104, "");

        JsonNode spread = api.at("/derivedIndicators/0/spread");
        assertThat(spread.has("firstQuartile")).isTrue();
        assertThat(api.toString()).doesNotContain("\"min\"").doesNotContain("\"max\"");
    }

    @Test
    void referenceValuesLeaveTheServerRoundedToDisplayPrecision() throws IOException {
        List<TestData.Subject> subjects = published(2105, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);

        JsonNode api = api(subjects.get(0), 2105, "");

        // The others' mean cost per uitkering is not whole; before, it came with 30 digits.
        assertThat(api.at("/costs/total/reference").decimalValue().scale()).isLessThanOrEqualTo(0);
        assertThat(api.at("/formation/total/reference").decimalValue().scale()).isLessThanOrEqualTo(2);
        for (JsonNode group : api.at("/costs/groups")) {
            JsonNode reference = group.at("/figure/reference");
            if (reference.isNumber()) {
                assertThat(reference.decimalValue().scale()).isLessThanOrEqualTo(0);
            }
        }
        BigDecimal own = api.at("/costs/total/ownPerUnit").decimalValue();
        BigDecimal deviation = api.at("/costs/total/deviation").decimalValue();
        // Own − deviation gives back only the rounded mean, never the exact one.
        assertThat(own.subtract(deviation).stripTrailingZeros().scale()).isLessThanOrEqualTo(0);
        String csv = new String(
                UserAgent.loggedIn(port, subjects.get(0).deelnemer(), TestData.PASSWORD)
                        .getBytes("/resultaten/2105/participatie/resultaten.csv")
                        .body(),
                StandardCharsets.UTF_8);
        String reference = api.at("/costs/total/reference").decimalValue().toPlainString() + ",00";
        assertThat(csv).contains(";" + reference + ";");
    }

    @Test
    void nearestNeighboursOneShortOfAllParticipantsAreNotOfferedSoTheTwoMeansCannotBeSubtracted() throws IOException {
        // 12 organisations: all participants are the 11 others; 10 nearest neighbours leave out one.
        List<TestData.Subject> subjects = published(2106, 12, ALL_AND_NEIGHBOURS, 10);

        for (TestData.Subject subject : subjects) {
            JsonNode neighbours = api(subject, 2106, "?referentie=NAASTE_BUREN");
            assertThat(neighbours.at("/referenceGroup/policy").asText()).isEqualTo("ALLE_GOEDGEKEURD");
        }
        String page = html(UserAgent.loggedIn(port, subjects.get(0).deelnemer(), TestData.PASSWORD)
                .get("/resultaten/2106/participatie"));
        assertThat(page).doesNotContain("value=\"NAASTE_BUREN\"");
    }

    @Test
    void nearestNeighboursThatDifferInAtLeastKAreOffered() throws IOException {
        List<TestData.Subject> subjects = published(2107, 12, ALL_AND_NEIGHBOURS, 5);

        JsonNode neighbours = api(subjects.get(0), 2107, "?referentie=NAASTE_BUREN");

        assertThat(neighbours.at("/referenceGroup/policy").asText()).isEqualTo("NAASTE_BUREN");
        assertThat(neighbours.at("/referenceGroup/size").asInt()).isEqualTo(5);
    }

    @Test
    void theEditionPageRefusesTwoChoicesThatDifferInFewerThanKOrganisations() {
        approvedParticipants(2108, 12);
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        String form = html(beheerder.get("/beheer/editie/2108/participatie"));

        HttpResponse<String> response = beheerder.postRaw(
                "/beheer/editie/2108/participatie/instellingen",
                "application/x-www-form-urlencoded",
                ("allowed=ALLE_GOEDGEKEURD&allowed=NAASTE_BUREN&defaultPolicy=ALLE_GOEDGEKEURD&neighbourCount=10"
                                + "&minimumReferenceSize=5&version=" + version(form) + "&_csrf="
                                + beheerder.csrfToken())
                        .getBytes(StandardCharsets.UTF_8));

        assertThat(html(response))
                .contains("verschillen voor 12 deelnemer(s) in slechts 1 organisatie(s)")
                .contains("ten minste 5 organisaties verschillen");
        assertThat(editions.settings(2108, "PARTICIPATIE").allows(ReferencePolicy.NAASTE_BUREN))
                .isFalse();
    }

    private static String version(String page) {
        Matcher matcher = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(page);
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void anExclusionAfterPublicationReachesParticipantsOnlyThroughANewPublication() throws IOException {
        List<TestData.Subject> subjects = published(2109, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        TestData.Subject own = subjects.get(0);
        JsonNode before = api(own, 2109, "");

        assertThat(editions.decideOutlier(
                        2109, "PARTICIPATIE", subjects.get(11).organisationId(), true, "Telt dubbel", "test"))
                .isEmpty();
        JsonNode after = api(own, 2109, "");
        JsonNode beheerder = results(own.organisationId(), 2109, "", "beheerder", "demo");

        // Before, the two means differed by exactly the excluded organisation's figure.
        assertThat(after.at("/costs/total/reference")).isEqualTo(before.at("/costs/total/reference"));
        assertThat(after.at("/referenceGroup/size").asInt()).isEqualTo(11);
        assertThat(beheerder.at("/referenceGroup/size").asInt()).isEqualTo(10);
    }

    @Test
    void aNewPublicationOneOrganisationAwayFromThePreviousIsRefusedWithoutAReason() throws IOException {
        List<TestData.Subject> subjects = published(2110, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        editions.decideOutlier(2110, "PARTICIPATIE", subjects.get(11).organisationId(), true, "Telt dubbel", "test");

        EditionPublisher.Outcome outcome = publisher.publish(2110, "PARTICIPATIE", "test", null);

        assertThat(outcome).isInstanceOf(EditionPublisher.Outcome.Refused.class);
        EditionPublisher.Problem problem =
                ((EditionPublisher.Outcome.Refused) outcome).problems().get(0);
        assertThat(problem.messageKey()).isEqualTo("edition.publication.tooLittleChange");
        assertThat(problem.arguments())
                .containsExactly(
                        "alle deelnemers met goedgekeurde gegevens voor deze module in dit peiljaar", 11, 1, 5);
        assertThat(api(subjects.get(0), 2110, "").at("/referenceGroup/size").asInt())
                .isEqualTo(11);
    }

    @Test
    void aRefusedPublicationGoesAheadWithAWrittenReasonOnRecord() throws IOException {
        List<TestData.Subject> subjects = published(2111, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        editions.decideOutlier(2111, "PARTICIPATIE", subjects.get(11).organisationId(), true, "Telt dubbel", "test");
        UserAgent beheerder = UserAgent.loggedIn(port, "beheerder", "demo");
        beheerder.get("/beheer/editie/2111/participatie");

        String refused = html(beheerder.postForm("/beheer/editie/2111/participatie/publiceren", Map.of()));
        HttpResponse<String> overridden = beheerder.postForm(
                "/beheer/editie/2111/participatie/publiceren",
                Map.of("reden", "Uitsluiting door de stuurgroep bevestigd"));

        assertThat(refused).contains("Niet gepubliceerd").contains("Toch publiceren");
        assertThat(overridden.statusCode()).isEqualTo(302);
        assertThat(api(subjects.get(0), 2111, "").at("/referenceGroup/size").asInt())
                .isEqualTo(10);
        List<AuditRecord> trail = audit.forEntity(EditionService.AUDIT_ENTITY, "2111/PARTICIPATIE");
        assertThat(trail)
                .anySatisfy(entry -> assertThat(entry.newValue()).contains("Uitsluiting door de stuurgroep bevestigd"));
    }

    @Test
    void aNewPublicationThatDiffersInAtLeastKOrganisationsNeedsNoReason() {
        published(2112, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        approvedParticipants(2112, 5);

        assertThat(publisher.publish(2112, "PARTICIPATIE", "test", null))
                .isEqualTo(new EditionPublisher.Outcome.Published(2));
    }

    @Test
    void aParticipantApprovedAfterPublicationSeesOnlyItsOwnFiguresUntilTheNext() throws IOException {
        published(2113, 12, EnumSet.of(ReferencePolicy.ALLE_GOEDGEKEURD), 10);
        TestData.Subject late = approvedParticipants(2113, 1).get(0);

        JsonNode api = api(late, 2113, "");

        assertThat(api.get("preliminary").asBoolean()).isTrue();
        assertThat(api.at("/costs/total/reference").isNull()).isTrue();
    }

    @Test
    void aTaskOneOrganisationDominatesIsWithheldWithAComplementaryFigure() throws IOException {
        List<TestData.Subject> subjects = approvedParticipants(2114, 11);
        TestData.Subject dominant = testData.newOrganisation(2114);
        Map<String, BigDecimal> figures = new java.util.LinkedHashMap<>(ItFigures.participatie(450, 220_000));
        figures.put(FieldKeys.task("REGIE", TaskField.FTE), new BigDecimal("1"));
        figures.put(FieldKeys.task("REGIE", TaskField.LOONKOSTEN), new BigDecimal("80000"));
        approved.storeApproved(dominant.organisationId(), 2114, "PARTICIPATIE", figures, "test");
        publisher.publish(2114, "PARTICIPATIE", "test", null);

        JsonNode api = api(subjects.get(0), 2114, "");

        JsonNode regie = group(api, "REGIE");
        // Before, the Regie mean was the one organisation's cost divided by 11.
        assertThat(regie.at("/figure/reference").isNull()).isTrue();
        assertThat(regie.at("/figure/referenceWithheld").asText()).isEqualTo("DOMINATED");
        assertThat(regie.at("/tasks/0/referenceWithheld").asText()).isEqualTo("DOMINATED");
        assertThat(api.at("/costs/total/reference").isNumber()).isTrue();
        long complementary = 0;
        for (JsonNode group : api.at("/costs/groups")) {
            if (group.at("/figure/referenceWithheld").asText().equals("COMPLEMENTARY")) {
                complementary++;
            }
        }
        // Otherwise Regie would be the total minus the other three groups.
        assertThat(complementary).isEqualTo(1);
    }

    private static JsonNode group(JsonNode api, String code) {
        for (JsonNode group : api.at("/costs/groups")) {
            if (group.at("/figure/code").asText().equals(code)) {
                return group;
            }
        }
        throw new AssertionError("No group " + code + " in " + api);
    }
}
