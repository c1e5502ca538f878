package nl.maatstaf.submission;

/**
 * The stable names of questionnaire fields, built from catalogue codes. They are used in storage,
 * forms, the API and bulk files alike, so one name means one thing everywhere:
 * {@code A.KM_INKOMEN.fte}, {@code A.UITVOERING.uitbesteed}, {@code B.BIJSTANDSUITKERINGEN},
 * {@code C.BUDGET}.
 */
public final class FieldKeys {

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

    public static String indicator(String indicatorCode) {
        return "B." + indicatorCode;
    }

    public static String finance(String financeCode) {
        return "C." + financeCode;
    }
}
