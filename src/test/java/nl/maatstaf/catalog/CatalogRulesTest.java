package nl.maatstaf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CatalogRulesTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static List<ModuleCatalog> standard() throws Exception {
        try (InputStream in =
                CatalogRulesTest.class.getClassLoader().getResourceAsStream(CatalogService.STANDARD_CATALOG)) {
            JsonNode root = JSON.readTree(in);
            List<ModuleCatalog> modules = new ArrayList<>();
            for (JsonNode module : root.get("modules")) {
                modules.add(JSON.treeToValue(((ObjectNode) module).put("year", 2150), ModuleCatalog.class));
            }
            return modules;
        }
    }

    private static ModuleCatalog participatie() throws Exception {
        return standard().get(0);
    }

    @Test
    void everyModuleOfTheStandardCatalogueKeepsTheRules() throws Exception {
        for (ModuleCatalog module : standard()) {
            assertThat(CatalogRules.check(module, module, Optional.empty()))
                    .as(module.code())
                    .isEmpty();
        }
    }

    @Test
    void aTaskCodeTwiceIsRefusedAtThatTask() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.addTask(
                        current, "UITVOERING", new Task("KCC", new LocalizedText("Nog een KCC", null), null))
                .orElseThrow();

        Map<String, CatalogMessage> errors = CatalogRules.check(proposed, current, Optional.empty());

        assertThat(errors)
                .containsEntry(
                        "groups[UITVOERING].tasks[KCC].code", CatalogMessage.of("catalog.rule.duplicateCode", "KCC"));
    }

    @Test
    void retiringTheHoofdfactorIsRefused() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed =
                CatalogEdits.retireIndicator(current, "BIJSTANDSUITKERINGEN").orElseThrow();

        assertThat(CatalogRules.check(proposed, current, Optional.empty()))
                .containsEntry(
                        "hoofdfactor", CatalogMessage.of("catalog.rule.unknownHoofdfactor", "BIJSTANDSUITKERINGEN"));
    }

    @Test
    void retiringATaskADerivedIndicatorNeedsIsRefusedAtTheDerivedIndicator() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.retireTask(current, "KM_WERK").orElseThrow();

        assertThat(CatalogRules.check(proposed, current, Optional.empty()))
                .containsValue(CatalogMessage.of("catalog.rule.unknownReference", "fte:task:KM_WERK"));
    }

    @Test
    void aLowerBoundAboveTheUpperBoundIsRefused() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.editIndicator(
                        current,
                        "LKS",
                        new LocalizedText("Loonkostensubsidie", null),
                        null,
                        new BigDecimal("10"),
                        new BigDecimal("5"))
                .orElseThrow();

        assertThat(CatalogRules.check(proposed, current, Optional.empty()))
                .containsEntry("indicators[LKS].minimum", CatalogMessage.of("catalog.rule.bounds"));
    }

    @Test
    void aPreviousCodeMustBeATaskOfThePreviousYear() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.editTask(
                        current, "KCC", new LocalizedText("Klantcontact", null), null, List.of("BESTAAT_NIET"))
                .orElseThrow();

        assertThat(CatalogRules.check(proposed, current, Optional.of(current)))
                .containsEntry(
                        "groups[UITVOERING].tasks[KCC].previousCodes",
                        CatalogMessage.of("catalog.rule.unknownPreviousCode", "BESTAAT_NIET", "2150"));
    }

    @Test
    void anEmptyGroupAndABadCodeAreRefused() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.addTask(
                        current, "UITVOERING", new Task("kleine letters", new LocalizedText("Taak", null), null))
                .orElseThrow();

        assertThat(CatalogRules.check(proposed, current, Optional.empty()))
                .containsEntry(
                        "groups[UITVOERING].tasks[kleine letters].code",
                        CatalogMessage.of("catalog.rule.code", "kleine letters"));
    }

    @Test
    void theChangesOfARenameNameTheTaskByCodeWithOldAndNewValue() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.editTask(
                        current,
                        "KCC",
                        new LocalizedText("Klantcontact", "Client contact"),
                        current.task("KCC").orElseThrow().definition(),
                        List.of())
                .orElseThrow();

        List<CatalogChange> changes = CatalogChanges.between(JSON.valueToTree(current), JSON.valueToTree(proposed));

        assertThat(changes)
                .containsExactly(
                        new CatalogChange(
                                "groups[UITVOERING].tasks[KCC].name.nl", "Klantcontactcentrum (KCC)", "Klantcontact"),
                        new CatalogChange(
                                "groups[UITVOERING].tasks[KCC].name.en",
                                "Customer contact centre (KCC)",
                                "Client contact"));
    }

    @Test
    void anAddedTaskIsOneChangeWithTheWholeTask() throws Exception {
        ModuleCatalog current = participatie();
        ModuleCatalog proposed = CatalogEdits.addTask(
                        current, "UITVOERING", new Task("NIEUW", new LocalizedText("Nieuwe taak", null), null))
                .orElseThrow();

        List<CatalogChange> changes = CatalogChanges.between(JSON.valueToTree(current), JSON.valueToTree(proposed));

        assertThat(changes).hasSize(1);
        assertThat(changes.get(0).field()).isEqualTo("groups[UITVOERING].tasks[NIEUW]");
        assertThat(changes.get(0).oldValue()).isNull();
        assertThat(changes.get(0).newValue()).contains("\"Nieuwe taak\"");
    }
}
