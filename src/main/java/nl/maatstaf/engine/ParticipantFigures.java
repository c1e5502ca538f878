package nl.maatstaf.engine;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Every participant's figures, computed once, with their comparable values in layout order. */
final class ParticipantFigures {

    private final OrganisationFigures[] figures;
    private final BigDecimal[][] values;
    private final Map<Long, Integer> indexById;

    ParticipantFigures(CompiledModule module, List<OrganisationInput> participants) {
        int count = participants.size();
        this.figures = new OrganisationFigures[count];
        this.values = new BigDecimal[count][];
        this.indexById = new HashMap<>(count * 2);
        for (int i = 0; i < count; i++) {
            OrganisationInput input = participants.get(i);
            if (indexById.put(input.organisationId(), i) != null) {
                throw new IllegalArgumentException("Organisation " + input.organisationId() + " participates twice");
            }
            figures[i] = FigureCalculator.compute(module, input);
            values[i] = module.comparableValues(figures[i]);
        }
    }

    int size() {
        return figures.length;
    }

    OrganisationFigures figures(int participant) {
        return figures[participant];
    }

    BigDecimal[] values(int participant) {
        return values[participant];
    }

    /** Every participant's comparable values, in participant order. */
    List<BigDecimal[]> allValues() {
        return Arrays.asList(values);
    }

    /** One figure's values by participant; {@code null} where undefined. */
    BigDecimal[] column(int figure) {
        BigDecimal[] column = new BigDecimal[values.length];
        for (int i = 0; i < values.length; i++) {
            column[i] = values[i][figure];
        }
        return column;
    }

    /** @throws IllegalArgumentException when the id is not a participant */
    int indexOf(long organisationId) {
        Integer index = indexById.get(organisationId);
        if (index == null) {
            throw new IllegalArgumentException("Organisation " + organisationId + " is not a participant");
        }
        return index;
    }
}
