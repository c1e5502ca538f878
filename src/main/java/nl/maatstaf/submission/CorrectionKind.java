package nl.maatstaf.submission;

/** Why part of a task's inhuurkosten does not count for the benchmark. */
public enum CorrectionKind {
    /** An incidental budget (a project, a temporary subsidy) left out of the structural cost. */
    INCIDENTEEL,
    /** Structural hire that an announced cut will reduce. */
    BEZUINIGING;

    /** The kind named by {@code code} (any case), or null when it names none. */
    public static CorrectionKind parse(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        for (CorrectionKind kind : values()) {
            if (kind.name().equalsIgnoreCase(code.strip())) {
                return kind;
            }
        }
        return null;
    }
}
