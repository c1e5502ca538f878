package nl.maatstaf.account;

/** What a user may do; org-admin is an extra right on top of deelnemer, not a role of its own. */
public enum Role {
    BEHEERDER,
    DEELNEMER,
    LEZER
}
