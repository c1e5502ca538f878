package nl.maatstaf.submission;

/**
 * The stable names of questionnaire fields, built from catalogue codes. They are used in storage,
 * forms, the API and bulk files alike, so one name means one thing everywhere:
 * {@code A.KM_INKOMEN.fte}, {@code A.UITVOERING.uitbesteed}, {@code B.BIJSTANDSUITKERINGEN},
 * {@code C.BUDGET}; for a cooperation also {@code A.BELEID.gemeentenFte}, {@code
 * A.BELEID.gemeentenKosten} and {@code A.BELEID.gemeentenOmschrijving}.
 */
public final class FieldKeys {

    static final String MEMBER_FTE = "gemeentenFte";
    static final String MEMBER_COST = "gemeentenKosten";
    static final String MEMBER_DESCRIPTION = "gemeentenOmschrijving";

    private FieldKeys() {}

    public static String task(String taskCode, TaskField field) {
        return "A." + taskCode + "." + field.key();
    }

    public static String outsourcing(String groupCode) {
        return "A." + groupCode + ".uitbesteed";
    }

    /** A whole task group marked niet bekend or n.v.t. (spec §8); holds no number. */
    public static String group(String groupCode) {
        return "A." + groupCode + ".groep";
    }

    /** Fte a cooperation's member municipalities still hold themselves for the group. */
    public static String memberFte(String groupCode) {
        return "A." + groupCode + "." + MEMBER_FTE;
    }

    /** Cost (whole euros) of the capacity the member municipalities still hold for the group. */
    public static String memberCost(String groupCode) {
        return "A." + groupCode + "." + MEMBER_COST;
    }

    /** What the capacity at the member municipalities is, in a few words. */
    public static String memberDescription(String groupCode) {
        return "A." + groupCode + "." + MEMBER_DESCRIPTION;
    }

    /** Whether the key is one of the capacity-at-member-municipalities fields, which only cooperations have. */
    public static boolean isMemberCapacity(String key) {
        return key != null
                && key.startsWith("A.")
                && (key.endsWith("." + MEMBER_FTE)
                        || key.endsWith("." + MEMBER_COST)
                        || key.endsWith("." + MEMBER_DESCRIPTION));
    }

    /** Whether the key is a text field (a description) rather than a number. */
    public static boolean isText(String key) {
        return key != null && key.startsWith("A.") && key.endsWith("." + MEMBER_DESCRIPTION);
    }

    public static String indicator(String indicatorCode) {
        return "B." + indicatorCode;
    }

    public static String finance(String financeCode) {
        return "C." + financeCode;
    }
}
