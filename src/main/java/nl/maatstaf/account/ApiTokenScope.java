package nl.maatstaf.account;

/** What an API token may do: READ only looks, WRITE does whatever the user's role allows. */
enum ApiTokenScope {
    READ,
    WRITE;

    /** Whether a request with this HTTP method may pass; OPTIONS changes nothing either. */
    boolean allows(String method) {
        return this == WRITE || "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }
}
