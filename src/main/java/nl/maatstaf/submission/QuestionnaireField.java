package nl.maatstaf.submission;

import java.util.Locale;
import nl.maatstaf.catalog.LocalizedText;

/**
 * One field of the questionnaire.
 *
 * @param owner the task, group, indicator or finance item the field belongs to
 * @param aspectKey for part A the message key of the figure asked (e.g. loonkosten); null otherwise
 */
record QuestionnaireField(String key, Part part, FieldType type, LocalizedText owner, String aspectKey) {

    /**
     * Part A asks figures of which a participant may say "niet bekend" or "n.v.t." (spec §8); not
     * the capacity at member municipalities, which is a sub-line reported only when it is known.
     */
    boolean allowsMarker() {
        return part == Part.A && !FieldKeys.isMemberCapacity(key);
    }

    String ownerName(Locale locale) {
        return owner.in(locale);
    }
}
