package nl.maatstaf.submission;

import nl.maatstaf.common.NumberKind;

/** The five figures asked per task in part A. */
public enum TaskField {
    FTE("fte", NumberKind.DECIMAL),
    LOONKOSTEN("loonkosten", NumberKind.AMOUNT),
    INHUURKOSTEN("inhuurkosten", NumberKind.AMOUNT),
    FTE_DERDEN("fteDerden", NumberKind.DECIMAL),
    OPBRENGSTEN_DERDEN("opbrengstenDerden", NumberKind.AMOUNT);

    private final String key;
    private final NumberKind numberKind;

    TaskField(String key, NumberKind numberKind) {
        this.key = key;
        this.numberKind = numberKind;
    }

    public String key() {
        return key;
    }

    public NumberKind numberKind() {
        return numberKind;
    }
}
