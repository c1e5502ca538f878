package nl.maatstaf.engine;

/** The five inputs of a task in part A, and which of its net figures each one makes up. */
public enum TaskComponent {
    FTE(false),
    LOONKOSTEN(true),
    INHUURKOSTEN(true),
    FTE_DERDEN(false),
    OPBRENGSTEN_DERDEN(true);

    private final boolean costPart;

    TaskComponent(boolean costPart) {
        this.costPart = costPart;
    }

    /** Part of the net cost (loonkosten + inhuurkosten − opbrengsten derden); otherwise of the net fte. */
    public boolean costPart() {
        return costPart;
    }
}
