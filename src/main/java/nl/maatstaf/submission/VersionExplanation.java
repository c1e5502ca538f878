package nl.maatstaf.submission;

/**
 * The explanation a participant gave with a submitted version for one of its warnings.
 *
 * @param warningKey the warning it answers, as today ({@code netChange:A.KCC}); older keys are
 *     mapped onto the shared key of related warnings
 * @param subject what the warning is about: a task ({@code A.<task code>}), a part B indicator or
 *     part C finance field ({@code B.<code>}, {@code C.<code>}, see {@link FieldKeys}), an
 *     outsourcing line ({@link FieldKeys#outsourcing}) or {@link #TOTAL} for the organisation's
 *     total cost per unit
 * @param text what the participant wrote, never blank
 */
public record VersionExplanation(String warningKey, String subject, String text) {

    /** The subject of a warning about the organisation's total. */
    public static final String TOTAL = Finding.TOTAL;

    /** The subject of a warning about a task. */
    public static String task(String taskCode) {
        return "A." + taskCode;
    }
}
