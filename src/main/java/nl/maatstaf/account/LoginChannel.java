package nl.maatstaf.account;

/** Where a login was tried: the login form of the pages or HTTP Basic on the JSON API. */
enum LoginChannel {
    FORM,
    API
}
