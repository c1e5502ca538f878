package nl.maatstaf.results;

/**
 * A row of the cost or formation table.
 *
 * @param groupCode the group a task or outsourcing row belongs to, for expanding and collapsing
 * @param absolute euros or fte
 * @param perUnit cost per unit or fte per 100 units
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
        String code) {

    /** A row that does not yet know its code. */
    FigureRow(
            Kind kind,
            String groupCode,
            String label,
            String absolute,
            String perUnit,
            ReferenceCells reference,
            Explanation explanation) {
        this(kind, groupCode, label, absolute, perUnit, reference, explanation, null);
    }

    FigureRow withCode(String figureCode) {
        return new FigureRow(kind, groupCode, label, absolute, perUnit, reference, explanation, figureCode);
    }

    enum Kind {
        GROUP,
        TASK,
        OUTSOURCING,
        TOTAL
    }

    public boolean isDetail() {
        return kind == Kind.TASK || kind == Kind.OUTSOURCING;
    }
}
