package nl.maatstaf.account;

/** What a one-time link is for: the first password of a new account, or a new one after a reset. */
enum TokenPurpose {
    ACTIVATION,
    RESET
}
