package nl.maatstaf.results;

/**
 * A row of the cost or formation table.
 *
 * @param groupCode the group a task or outsourcing row belongs to, for expanding and collapsing
 * @param absolute euros or fte
 * @param perUnit cost per unit or fte per 100 units
 * @param note for a subtotal without a total, what is not known (spec §8); null otherwise
 * @param code the task or group code (also of an outsourcing row), or {@code TOTAL}; set by
 *     {@link GroupedTable#rows()}, so a footnote can find its row
 */
record FigureRow(
        Kind kind,
        String groupCode,
        String label,
        String absolute,
        String perUnit,
        ReferenceCells reference,
        Explanation explanation,
        String note,
        String code) {

    /** A row of known figures that does not yet know its code. */
    FigureRow(
            Kind kind,
            String groupCode,
            String label,
            String absolute,
            String perUnit,
            ReferenceCells reference,
            Explanation explanation) {
        this(kind, groupCode, label, absolute, perUnit, reference, explanation, null, null);
    }

    /** A subtotal without a total, with the sentence naming what is not known. */
    static FigureRow subtotal(
            Kind kind,
            String groupCode,
            String label,
            String absolute,
            String perUnit,
            ReferenceCells reference,
            Explanation explanation,
            String note) {
        return new FigureRow(kind, groupCode, label, absolute, perUnit, reference, explanation, note, null);
    }

    FigureRow withCode(String figureCode) {
        return new FigureRow(kind, groupCode, label, absolute, perUnit, reference, explanation, note, figureCode);
    }

    enum Kind {
        GROUP,
        TASK,
        OUTSOURCING,
        /** A cooperation's capacity at its member municipalities: counted in the group, no reference of its own. */
        MEMBER_CAPACITY,
        TOTAL
    }

    public boolean isDetail() {
        return kind == Kind.TASK || kind == Kind.OUTSOURCING || kind == Kind.MEMBER_CAPACITY;
    }

    /** A sub-line that is never compared: it shows "geen eigen referentie" instead of reference cells. */
    public boolean hasNoOwnReference() {
        return kind == Kind.MEMBER_CAPACITY;
    }
}
