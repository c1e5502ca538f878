package nl.maatstaf.results;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.Comparison;
import nl.maatstaf.engine.ReferenceStatus;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Builds the formatted and explained view of an organisation's results. Building it formats
 * hundreds of figures and explanations, so the view is kept for as long as the results it was
 * built from are the current ones: {@link ResultsService} hands out the same results instance
 * until the approved data change, which makes an identity check a safe freshness test.
 */
@Component
class ResultsPageFactory {

    private final MessageSource messages;
    private final ChartJson json;
    private final Map<PageKey, BuiltPage> built = new ConcurrentHashMap<>();

    ResultsPageFactory(MessageSource messages, ObjectMapper json) {
        this.messages = messages;
        this.json = new ChartJson(json);
    }

    ResultsPage build(ModuleCatalog module, String organisationName, OrganisationResults results, Locale locale) {
        PageKey key = new PageKey(
                results.organisationId(),
                module.year(),
                module.code(),
                results.referencePolicy() + ":" + results.policyParameter() + ":" + results.preliminary(),
                organisationName,
                locale);
        BuiltPage page = built.get(key);
        if (page == null || page.source() != results) {
            page = new BuiltPage(results, buildNew(module, organisationName, results, locale));
            built.put(key, page);
        }
        return page.page();
    }

    private ResultsPage buildNew(
            ModuleCatalog module, String organisationName, OrganisationResults results, Locale locale) {
        Texts texts = new Texts(messages, locale);
        Comparison comparison = results.comparison();
        ModuleUnits units = ModuleUnits.of(module, comparison.own().hoofdfactor(), texts);
        ReferenceTexts references = new ReferenceTexts(texts, comparison.minimumReferenceSize());
        List<FigureRow> costRows = new CostTable(module, comparison, units, texts, references).rows();
        List<FigureRow> fteRows = new FormationTable(module, comparison, units, texts, references).rows();
        IndicatorSection indicatorSection = new IndicatorSection(module, comparison, texts, references, json);
        List<IndicatorRow> indicators = indicatorSection.derived();
        OverviewSection overview = new OverviewSection(module, comparison, units, texts);
        return new ResultsPage(
                results.organisationId(),
                organisationName,
                texts.of(module.name()),
                module.year(),
                module.slug(),
                PolicyDescriptions.describe(messages, results.referencePolicy(), results.policyParameter(), locale),
                comparison.referenceGroupSize(),
                comparison.minimumReferenceSize(),
                comparison.referenceStatus() == ReferenceStatus.SUFFICIENT,
                units,
                DutchFormat.euro(comparison.own().total().cost()),
                DutchFormat.decimal(comparison.own().total().fte(), 2),
                results.input().inhabitants() == null
                        ? null
                        : ValueFormat.number(results.input().inhabitants()),
                overview.headlines(costRows, fteRows, indicators),
                json.write(overview.chart()),
                costRows,
                fteRows,
                indicators,
                indicatorSection.raw(results.input()),
                texts.of(module.readingGuide()),
                results.preliminary(),
                results.published(),
                PolicyDescriptions.leftOut(messages, results.relatedLeftOut(), locale),
                NotesTexts.of(module, results, texts));
    }

    private record PageKey(
            long organisationId, int year, String moduleCode, String policy, String organisationName, Locale locale) {}

    private record BuiltPage(OrganisationResults source, ResultsPage page) {}
}
