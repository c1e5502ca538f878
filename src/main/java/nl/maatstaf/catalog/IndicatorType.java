package nl.maatstaf.catalog;

import nl.maatstaf.common.NumberKind;

/** The kind of value an indicator or finance item holds; decides how it is read and checked. */
public enum IndicatorType {
    COUNT(NumberKind.COUNT),
    NUMBER(NumberKind.DECIMAL),
    FTE(NumberKind.DECIMAL),
    PERCENTAGE(NumberKind.DECIMAL),
    YESNO(NumberKind.COUNT),
    YEARS(NumberKind.DECIMAL),
    AMOUNT(NumberKind.AMOUNT);

    private final NumberKind numberKind;

    IndicatorType(NumberKind numberKind) {
        this.numberKind = numberKind;
    }

    public NumberKind numberKind() {
        return numberKind;
    }
}
