package nl.maatstaf.catalog;

/** A workload indicator (part B) or a finance item (part C) that the participant fills in. */
public record Indicator(
        String code,
        LocalizedText name,
        LocalizedText definition,
        IndicatorType type,
        LocalizedText unit,
        LocalizedText unitSingular,
        boolean required) {}
