package nl.maatstaf.edition;

import java.util.List;

/**
 * Publication as a frozen snapshot, and the disclosure checks that need the figures (decision
 * 0009). Implemented by the module that computes figures; this module only asks, as it does for
 * {@link ParticipantCosts}.
 */
public interface EditionPublisher {

    /** Something that stands in the way: a message key of the edition bundle and its arguments. */
    record Problem(String messageKey, List<Object> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }
    }

    /** What a request to publish came to. */
    sealed interface Outcome {

        /** A new snapshot was frozen and is what participants see from now on. */
        record Published(int number) implements Outcome {}

        /** Nothing changed since the snapshot participants see; nothing was done. */
        record Unchanged() implements Outcome {}

        /**
         * Refused: the new snapshot would differ from the previous one in too few organisations, so
         * comparing the two would reveal their figures. Publishing anyway needs a written reason.
         */
        record Refused(List<Problem> problems) implements Outcome {

            public Refused {
                problems = List.copyOf(problems);
            }
        }
    }

    /**
     * Freezes the edition's current approved data, inhabitants and settings as the snapshot
     * participants see, and publishes it.
     *
     * @param overrideReason a written reason to publish although the snapshot differs too little
     *     from the previous one; null or blank when there is none
     */
    Outcome publish(int year, String moduleCode, String username, String overrideReason);

    /**
     * Whether settings would let a participant choose two reference groups that differ in fewer
     * than k organisations, with today's approved data.
     *
     * @return one problem per pair of policies that clash; empty when the settings are safe
     */
    List<Problem> overlappingChoices(EditionSettings proposed);
}
