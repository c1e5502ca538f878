package nl.maatstaf.results;

import java.math.BigDecimal;
import java.util.Optional;
import nl.maatstaf.common.DutchFormat;
import nl.maatstaf.engine.ComparisonLine;
import nl.maatstaf.engine.Protection;

/** The reference columns of a figure and the sentence saying what its reference rests on. */
final class ReferenceTexts {

    private final Texts texts;
    private final int minimumReferenceSize;

    ReferenceTexts(Texts texts, int minimumReferenceSize) {
        this.texts = texts;
        this.minimumReferenceSize = minimumReferenceSize;
    }

    ReferenceCells cells(ComparisonLine line, ValueFormat format) {
        if (!line.hasReference()) {
            return new ReferenceCells(false, "", "", "", line.referenceSize(), withheld(line.protection()));
        }
        // The deviation is the engine's difference of unrounded values, rounded once for display.
        return new ReferenceCells(
                true,
                format.value(line.referenceMean().orElseThrow()),
                line.deviation().map(d -> format.deviation(d, texts)).orElse(texts.get("results.notComputed")),
                deviationPercentage(line),
                line.referenceSize(),
                "");
    }

    /** Why a reference is not shown, in a few words for a table cell. */
    String withheld(Protection protection) {
        return protection == Protection.TOO_FEW_REFERENCES
                ? texts.get("results.tooFewReferences")
                : texts.get("results.withheld");
    }

    /** @param figureName what the figure is, e.g. "de kosten per uitkering" */
    String explanation(ComparisonLine line, ValueFormat format, String figureName) {
        if (!line.hasReference()) {
            return line.protection() == Protection.TOO_FEW_REFERENCES
                    ? texts.get("results.explain.noReference", line.referenceSize(), minimumReferenceSize)
                    : texts.get("results.explain.withheld." + line.protection().name());
        }
        String reference = texts.get(
                "results.explain.reference",
                figureName,
                line.referenceSize(),
                format.value(line.referenceMean().orElseThrow()));
        Optional<BigDecimal> deviation = line.deviation();
        if (deviation.isEmpty()) {
            return reference;
        }
        return reference + " "
                + texts.get(
                        "results.explain.deviation",
                        format.deviation(deviation.get(), texts),
                        deviationPercentage(line));
    }

    private String deviationPercentage(ComparisonLine line) {
        if (line.own().isEmpty()) {
            return texts.get("results.notComputed");
        }
        return line.deviationPercentage().map(DutchFormat::percentSigned).orElse(texts.get("results.notApplicable"));
    }
}
