package nl.maatstaf.results;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.edition.ReferencePolicy;
import nl.maatstaf.engine.BenchmarkEngine;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.OrganisationInput;
import nl.maatstaf.submission.ApprovedSubmission;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;

/**
 * The Participatie catalogue as shipped, and the worked example of spec §5 as approved
 * questionnaire values: own organisation 1 (N = 500) and five references whose whole group cost
 * sits on the outsourcing line with N = 1000, so their cost per uitkering is exactly as listed.
 */
final class ResultsFixtures {

    static final long OWN_ID = 1;
    static final int K = 5;
    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    private static final List<String> GROUPS = List.of("UITVOERING", "BELEID", "REGIE", "OVERHEAD");
    private static final int[][] REFERENCE_COST_PER_UITKERING = {
        {2000, 150, 20, 320}, {2200, 120, 0, 280}, {1800, 210, 35, 410}, {2400, 90, 0, 300}, {2150, 140, 15, 355}
    };

    private ResultsFixtures() {}

    static ModuleCatalog participatie() {
        try (InputStream in = new ClassPathResource("catalog/standard-catalog.json").getInputStream()) {
            for (JsonNode module : JSON.readTree(in).get("modules")) {
                if (module.get("code").asText().equals("PARTICIPATIE")) {
                    return JSON.treeToValue(((ObjectNode) module.deepCopy()).put("year", 2025), ModuleCatalog.class);
                }
            }
            throw new IllegalStateException("No Participatie in the standard catalogue");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ApprovedSubmission workedExample() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        task(values, "KM_INKOMEN", "4.0", "300000", "20000", "0", "0");
        task(values, "UITKERINGSADMINISTRATIE", "2.0", "130000", "0", "0", "0");
        task(values, "KM_WERK", "5.0", "390000", "0", "0.5", "35000");
        task(values, "HANDHAVING", "1.0", "75000", "0", "0", "0");
        task(values, "BELEID", "1.0", "95000", "0", "0", "0");
        task(values, "MANAGEMENT", "1.0", "110000", "0", "0", "0");
        task(values, "BEDRIJFSVOERING", "0.5", "40000", "0", "0", "0");
        values.put("A.UITVOERING.uitbesteed", new BigDecimal("50000"));
        values.put("B.BIJSTANDSUITKERINGEN", new BigDecimal("500"));
        values.put("B.BEZWAAR", new BigDecimal("30"));
        values.put("B.BESCHIKKINGEN", new BigDecimal("1200"));
        return new ApprovedSubmission(OWN_ID, 11, 1, values);
    }

    /**
     * The first {@code count} of the five reference organisations of the worked example; from the
     * sixth on (up to ten) the same five again, each group € 10 per uitkering dearer.
     */
    static List<ApprovedSubmission> references(int count) {
        List<ApprovedSubmission> references = new ArrayList<>();
        for (int r = 0; r < count; r++) {
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            values.put("B.BIJSTANDSUITKERINGEN", new BigDecimal("1000"));
            values.put("B.BEZWAAR", BigDecimal.valueOf(20 + 5L * r));
            values.put("B.BESCHIKKINGEN", new BigDecimal("1000"));
            for (int g = 0; g < GROUPS.size(); g++) {
                values.put(
                        "A." + GROUPS.get(g) + ".uitbesteed",
                        BigDecimal.valueOf((REFERENCE_COST_PER_UITKERING[r % 5][g] + 10L * (r / 5)) * 1000L));
            }
            references.add(new ApprovedSubmission(100 + r, 20 + r, 1, values));
        }
        return references;
    }

    /** The worked example's results with {@code referenceCount} references, as the service builds them. */
    static OrganisationResults results(int referenceCount) {
        ModuleCatalog module = participatie();
        List<ApprovedSubmission> submissions = new ArrayList<>();
        submissions.add(workedExample());
        submissions.addAll(references(referenceCount));
        Map<Long, Long> inhabitants = new LinkedHashMap<>();
        submissions.forEach(s -> inhabitants.put(s.organisationId(), 40_000L));
        List<OrganisationInput> inputs = ParticipantInputs.of(module, submissions, inhabitants);
        Map<Long, Comparison> comparisons = BenchmarkEngine.compareAll(module.engineDefinition(), inputs, K);
        return new OrganisationResults(
                OWN_ID,
                2025,
                "PARTICIPATIE",
                ReferencePolicy.ALLE_GOEDGEKEURD.name(),
                inputs.get(0),
                comparisons.get(OWN_ID),
                false);
    }

    static ResultsPage page(int referenceCount) {
        return new ResultsPageFactory(messages(), JSON)
                .build(participatie(), "Voorbeeldgemeente", results(referenceCount), Locale.forLanguageTag("nl-NL"));
    }

    static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/results");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static void task(
            Map<String, BigDecimal> values,
            String task,
            String fte,
            String loonkosten,
            String inhuurkosten,
            String fteDerden,
            String opbrengstenDerden) {
        values.put("A." + task + ".fte", new BigDecimal(fte));
        values.put("A." + task + ".loonkosten", new BigDecimal(loonkosten));
        values.put("A." + task + ".inhuurkosten", new BigDecimal(inhuurkosten));
        values.put("A." + task + ".fteDerden", new BigDecimal(fteDerden));
        values.put("A." + task + ".opbrengstenDerden", new BigDecimal(opbrengstenDerden));
    }
}
