package nl.maatstaf.submission;

/**
 * What a submission's formation and costs rest on: the budget of the peiljaar (the default) or
 * the established formation on a peildatum. Figures on different bases are comparable only with
 * care, so the results say so.
 */
public enum Basis {
    BEGROTING,
    FORMATIE;

    /** The basis named by {@code code} (any case), or null when it names none. */
    public static Basis parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (Basis basis : values()) {
            if (basis.name().equalsIgnoreCase(code.strip())) {
                return basis;
            }
        }
        return null;
    }
}
