package nl.maatstaf.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The worked example of spec §5 as a {@link ResultsReport}, built the way {@link ResultsReports}
 * builds it, for tests and benchmarks of reports and exports outside Spring: 2025 with five
 * references, preceded by 2024 with four (below k, so without reference values).
 */
public final class ReportFixtures {

    public static final String ORGANISATION = "Voorbeeldgemeente";
    private static final ObjectMapper JSON = new ObjectMapper();

    private ReportFixtures() {}

    /** Published, with enough references in 2025. */
    public static ResultsReport workedExample() {
        return report(ResultsFixtures.results(5), false);
    }

    /** Published, with ten references: enough for quartiles. */
    public static ResultsReport withSpread() {
        return report(ResultsFixtures.results(10), false);
    }

    /** 2025 not yet published: no reference values anywhere. */
    public static ResultsReport preliminary() {
        return report(ResultsFixtures.results(5), true);
    }

    /** Four references in 2025: below k. */
    public static ResultsReport tooFewReferences() {
        return report(ResultsFixtures.results(4), false);
    }

    /** Published, with the organisation's explanation of Klantmanagement inkomen as footnote 1. */
    public static ResultsReport withFootnote(String text) {
        return report(
                ResultsFixtures.results(5),
                false,
                List.of(new Footnote(1, Footnote.Place.TASK, "KM_INKOMEN", "Klantmanagement inkomen", text)));
    }

    /** The results and report bundles, as the application loads them. */
    public static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/results", "messages/report");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static ResultsReport report(OrganisationResults base, boolean preliminary) {
        return report(base, preliminary, List.of());
    }

    private static ResultsReport report(OrganisationResults base, boolean preliminary, List<Footnote> footnotes) {
        ModuleCatalog module = ResultsFixtures.participatie();
        OrganisationResults results = new OrganisationResults(
                base.organisationId(),
                base.year(),
                base.moduleCode(),
                base.referencePolicy(),
                base.input(),
                base.comparison(),
                preliminary);
        OrganisationResults earlier = ResultsFixtures.results(4);
        OrganisationResults previousYear = new OrganisationResults(
                earlier.organisationId(),
                2024,
                earlier.moduleCode(),
                earlier.referencePolicy(),
                earlier.input(),
                earlier.comparison(),
                false);
        ResourceBundleMessageSource messages = messages();
        ResultsPage page =
                new ResultsPageFactory(messages, JSON).build(module, ORGANISATION, results, ResultsReports.DUTCH);
        ResultsTrend trend = ResultsTrends.of(
                module, List.of(previousYear, results), new Texts(messages, ResultsReports.DUTCH), new ChartJson(JSON));
        return ResultsReports.build(module, results, page, trend, footnotes);
    }
}
