package nl.maatstaf.results;

import java.util.List;

/**
 * Everything a results page shows, formatted and explained, for one organisation, module and year.
 *
 * @param policy the reference group policy with its parameters, in words
 * @param referenceSize the number of organisations the reference figures rest on
 * @param preliminary own figures only, before publication: no reference figures at all
 * @param published whether the edition is published (the beheerder sees results before that)
 * @param overviewChartJson the stacked bar chart of the Overzicht tab
 * @param relatedLeftOut which of its own cooperations or members the group leaves out, in words;
 *     empty when none
 */
record ResultsPage(
        long organisationId,
        String organisationName,
        String moduleName,
        int year,
        String slug,
        String policy,
        int referenceSize,
        int minimumReferenceSize,
        boolean referenceSufficient,
        ModuleUnits units,
        String totalCost,
        String totalFte,
        String inhabitants,
        List<Headline> headlines,
        String overviewChartJson,
        List<FigureRow> costRows,
        List<FigureRow> fteRows,
        List<IndicatorRow> indicators,
        List<RawIndicator> rawIndicators,
        String readingGuide,
        boolean preliminary,
        boolean published,
        String relatedLeftOut,
        ResultsReport.Notes notes) {}
