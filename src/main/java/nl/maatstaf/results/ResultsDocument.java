package nl.maatstaf.results;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The results of one organisation as the JSON API returns them. The organisation's own figures
 * are unrounded; reference values and quartiles are rounded to display precision (decision 0009),
 * and deviations are taken from those. Reference values and deviations are null where a
 * disclosure rule withholds them; {@code referenceWithheld} then says which.
 */
@Schema(name = "Results", description = "An organisation's results for one module and peiljaar")
record ResultsDocument(
        long organisationId,
        String organisationName,
        int year,

        @Schema(description = "Catalogue code of the module", example = "PARTICIPATIE")
        String module,

        Hoofdfactor hoofdfactor,

        @Schema(description = "True before publication: own figures only, no reference values at all")
        boolean preliminary,

        @Schema(description = "Whether the beheerder has published the peiljaar for the module")
        boolean published,

        ReferenceGroup referenceGroup,

        Basis basis,

        @Schema(
                description =
                        "The organisation's own correction lines on hired staff, per task; only in its own results")
        List<HireCorrections> hireCorrections,

        @Schema(description = "Net costs in euros; per unit = per hoofdfactor unit")
        Table costs,

        @Schema(description = "Net formation in fte; per unit = per 100 hoofdfactor units")
        Table formation,

        List<DerivedIndicatorFigure> derivedIndicators,

        @ArraySchema(
                arraySchema =
                        @Schema(
                                description = "The explanations the organisation gave for warnings in the version these"
                                        + " results come from (the published version in a published edition), each at the"
                                        + " figure it is about, numbered as on the results page and in the PDF report."
                                        + " Only for the organisation's own users; empty for the beheerder and when there"
                                        + " are none"))
        List<Footnote> footnotes) {

    @Schema(name = "Footnote", description = "An explanation of the organisation's own, at the figure it belongs to")
    record Footnote(
            @Schema(description = "From 1, in the order of the figures on the results page", example = "1")
            int number,

            @Schema(
                    description = "What kind of figure: TASK, GROUP, OUTSOURCING (the group's outsourcing line),"
                            + " TOTAL (the total cost per unit), INDICATOR (part B) or FINANCE (part C)",
                    example = "TASK")
            String figure,

            @Schema(
                    description = "The task, group, indicator or finance item code, or TOTAL; for OUTSOURCING the"
                            + " group's code",
                    example = "KM_INKOMEN")
            String code,

            @Schema(description = "The figure's name (Dutch)", example = "Klantmanagement inkomen")
            String name,

            @Schema(
                    description = "The explanation as the participant wrote it",
                    example = "Twee consulenten zijn in de loop van het jaar overgegaan naar het sociaal team.")
            String text) {}

    @Schema(name = "ResultsBasis", description = "The basis of the organisation's figures")
    record Basis(
            @Schema(description = "BEGROTING or FORMATIE", example = "FORMATIE")
            String basis,

            @Schema(description = "The peildatum with FORMATIE, otherwise null", example = "2026-01-01")
            LocalDate peildatum,

            @Schema(description = "In words (Dutch)", example = "Basis: vastgestelde formatie per 1 januari 2026")
            String description,

            @Schema(
                    description = "Why the basis differs from most of the reference group's, with how many of n use"
                            + " another (a count only); null when it does not differ or the group has fewer than k"
                            + " organisations")
            String differsFromReferenceGroup) {}

    @Schema(
            name = "HireCorrections",
            description = "A task's inhuurkosten entered, its correction lines and the result")
    record HireCorrections(String task, BigDecimal entered, List<HireCorrectionLine> lines, BigDecimal corrected) {}

    @Schema(name = "HireCorrectionLine")
    record HireCorrectionLine(
            @Schema(description = "INCIDENTEEL or BEZUINIGING")
            String kind,

            BigDecimal amount,
            String reason) {}

    @Schema(name = "Hoofdfactor", description = "The workload unit all figures are relative to")
    record Hoofdfactor(String code, String name, BigDecimal volume) {}

    @Schema(name = "ReferenceGroup")
    record ReferenceGroup(
            @Schema(
                    description = "Reference group policy: ALLE_GOEDGEKEURD, GROOTTEKLASSE, NAASTE_BUREN, MAATWERK,"
                            + " GEMEENTEN (municipalities only) or SAMENWERKINGEN (cooperations only)",
                    example = "ALLE_GOEDGEKEURD")
            String policy,

            @Schema(
                    description = "The policy's parameter: n for NAASTE_BUREN, the size class (BELOW_25K,"
                            + " FROM_25K_TO_50K, FROM_50K_TO_100K, FROM_100K; lower bound inclusive) for GROOTTEKLASSE,"
                            + " the set's name for MAATWERK; empty otherwise")
            String parameter,

            @Schema(
                    description = "The policy with its parameter in words (Dutch)",
                    example = "10 meest vergelijkbare organisaties")
            String description,

            @Schema(description = "Number of reference organisations, the organisation itself excluded")
            int size,

            @Schema(description = "k: below this size no reference values are given")
            int minimumSize,

            boolean sufficient,

            @Schema(
                    description = "How many related organisations the group leaves out although the policy would"
                            + " take them (spec §8): for a municipality its own cooperations that take part, for a"
                            + " cooperation its member municipalities that take part separately",
                    example = "1")
            int relatedLeftOut,

            @Schema(
                    description = "relatedLeftOut in words (Dutch); empty when 0",
                    example = "Zonder het samenwerkingsverband waarvan uw gemeente lid is: dat neemt zelf ook deel.")
            String relatedLeftOutDescription) {}

    @Schema(name = "FigureTable")
    record Table(List<Group> groups, Figure total) {}

    @Schema(name = "FigureGroup")
    record Group(
            Figure figure,
            List<Figure> tasks,

            @Schema(description = "Kosten taken belegd bij derden; only in costs, null in formation", nullable = true)
            Figure outsourcing,

            @Schema(
                    description = "Capaciteit bij de deelnemende gemeenten of a cooperation, counted in the"
                            + " group's figure; it has no reference of its own (reference fields null,"
                            + " withheld NO_OWN_REFERENCE). Null when none was reported",
                    nullable = true)
            Figure memberCapacity) {

        Group(Figure figure, List<Figure> tasks, Figure outsourcing) {
            this(figure, tasks, outsourcing, null);
        }
    }

    @Schema(name = "Figure", description = "One figure of the organisation against its reference group")
    record Figure(
            @Schema(description = "Task or group code, or TOTAL")
            String code,

            String name,

            @Schema(description = "Absolute value: euros or fte")
            BigDecimal own,

            @Schema(description = "Per hoofdfactor unit (costs) or per 100 units (formation)")
            BigDecimal ownPerUnit,

            @Schema(description = "Mean of the reference organisations' per-unit values", nullable = true)
            BigDecimal reference,

            @Schema(description = "ownPerUnit − reference", nullable = true)
            BigDecimal deviation,

            @Schema(
                    description = "(ownPerUnit − reference) / reference × 100; null when the reference is 0",
                    nullable = true)
            BigDecimal deviationPercentage,

            @Schema(description = "Number of organisations the reference rests on")
            int referenceSize,

            @Schema(
                    nullable = true,
                    description = "Why there is no reference value: TOO_FEW_REFERENCES, DOMINATED, COMPLEMENTARY or"
                            + " OVERLAPPING_GROUPS (decision 0009); null when it is given")
            String referenceWithheld,

            @Schema(
                    description = "What keeps the figure from being determined (unknown is not zero): empty when it is"
                            + " known. For a task or outsourcing line that is itself not known, own and ownPerUnit are"
                            + " null; for a group or the total, own is the subtotal of the known parts and ownPerUnit"
                            + " is null.")
            List<UnknownPart> unknown) {}

    @Schema(name = "UnknownPart", description = "A part the organisation reported as not known or not applicable")
    record UnknownPart(
            @Schema(description = "TASK, OUTSOURCING or GROUP")
            String level,

            @Schema(description = "Task or group code") String code,

            @Schema(description = "NIET_BEKEND or NIET_VAN_TOEPASSING")
            String reason) {}

    @Schema(name = "DerivedIndicatorFigure")
    record DerivedIndicatorFigure(
            String code,
            String name,
            String definition,

            @Schema(description = "DECIMAL, PERCENT or EURO")
            String format,

            @Schema(nullable = true, description = "Null when an input is missing or the denominator is 0")
            BigDecimal own,

            @Schema(nullable = true) BigDecimal reference,
            @Schema(nullable = true) BigDecimal deviation,
            @Schema(nullable = true) BigDecimal deviationPercentage,
            int referenceSize,

            @Schema(nullable = true, description = "Why there is no reference value; null when it is given")
            String referenceWithheld,

            @Schema(
                    nullable = true,
                    description = "Quartiles of the reference group; only over at least ten organisations")
            Spread spread) {}

    @Schema(name = "Spread", description = "Quartiles of the reference group (inclusive method), no individual values")
    record Spread(BigDecimal firstQuartile, BigDecimal median, BigDecimal thirdQuartile) {}
}
