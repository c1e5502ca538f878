package nl.maatstaf.results;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.maatstaf.submission.FieldKeys;
import nl.maatstaf.submission.TaskField;

/**
 * Approved Participatie figures for integration tests, and an independent calculation of the total
 * cost per uitkering straight from spec §4 (not through the code under test).
 */
final class ItFigures {

    private ItFigures() {}

    /** N uitkeringen; Klantmanagement inkomen with the given wage cost; Uitvoering outsources 10.000. */
    static Map<String, BigDecimal> participatie(int uitkeringen, long loonkosten) {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        values.put(FieldKeys.indicator("BIJSTANDSUITKERINGEN"), BigDecimal.valueOf(uitkeringen));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.FTE), new BigDecimal("3.5"));
        values.put(FieldKeys.task("KM_INKOMEN", TaskField.LOONKOSTEN), BigDecimal.valueOf(loonkosten));
        values.put(FieldKeys.task("BELEID", TaskField.FTE), new BigDecimal("0.5"));
        values.put(FieldKeys.task("BELEID", TaskField.LOONKOSTEN), new BigDecimal("45000"));
        values.put(FieldKeys.outsourcing("UITVOERING"), new BigDecimal("10000"));
        return values;
    }

    /** (loonkosten KM inkomen + 45.000 + 10.000) / N, as the spec defines it for these figures. */
    static BigDecimal totalCostPerUnit(int uitkeringen, long loonkosten) {
        return BigDecimal.valueOf(loonkosten + 55_000)
                .divide(BigDecimal.valueOf(uitkeringen), 20, RoundingMode.HALF_UP);
    }

    static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 20, RoundingMode.HALF_UP);
    }
}
