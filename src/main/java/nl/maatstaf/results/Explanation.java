package nl.maatstaf.results;

import java.util.List;

/**
 * "Hoe is dit berekend?" for one figure: the calculation steps with the organisation's own inputs,
 * and what the reference value (if any) rests on.
 */
record Explanation(List<String> steps, String reference) {

    Explanation {
        steps = List.copyOf(steps);
    }
}
