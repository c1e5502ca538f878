package nl.maatstaf.report;

import java.math.BigDecimal;

/** One cell of an export: text, or a number with the kind that decides its display. */
sealed interface ExportCell {

    /** How a number is shown: whole euros, two decimals, one decimal with %, or a whole count. */
    enum Kind {
        EURO,
        DECIMAL,
        PERCENT,
        COUNT
    }

    record Text(String value) implements ExportCell {}

    record Number(BigDecimal value, Kind kind) implements ExportCell {}

    ExportCell EMPTY = new Text("");

    static ExportCell text(String value) {
        return new Text(value == null ? "" : value);
    }

    /** A number, or an empty cell for null. */
    static ExportCell number(BigDecimal value, Kind kind) {
        return value == null ? EMPTY : new Number(value, kind);
    }

    static ExportCell count(long value) {
        return new Number(BigDecimal.valueOf(value), Kind.COUNT);
    }
}
