package nl.maatstaf.results;

/**
 * An explanation the organisation gave for a warning in the version that is in its results, as a
 * numbered footnote at the figure the warning is about (spec §8). Only the organisation itself
 * ever sees it.
 *
 * @param number from 1, in the order of the figures on the results pages
 * @param place what kind of figure it belongs to
 * @param code the task or group code, the part B indicator or part C item code, or {@code TOTAL}
 * @param figure the figure's name, e.g. "Klantmanagement inkomen" or "Totale kosten per uitkering"
 * @param text the explanation as the participant wrote it
 */
public record Footnote(int number, Place place, String code, String figure, String text) {

    /** The kind of figure a footnote belongs to. */
    public enum Place {
        /** A task: shown in the cost and formation tables. */
        TASK,
        /** A task group: shown in the cost and formation tables. */
        GROUP,
        /** A group's outsourcing line (costs only); the code is the group's. */
        OUTSOURCING,
        /** The total cost per unit: the cost table's total and the overview's first headline. */
        TOTAL,
        /** A part B workload indicator as supplied. */
        INDICATOR,
        /** A part C finance item as supplied. */
        FINANCE
    }
}
