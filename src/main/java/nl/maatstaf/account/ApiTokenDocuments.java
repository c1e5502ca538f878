package nl.maatstaf.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;

/** The answer bodies of the token API; the token itself only in the answer that made it. */
final class ApiTokenDocuments {

    private ApiTokenDocuments() {}

    /** A token as listed. */
    record TokenDocument(
            @Schema(example = "12") long id,
            @Schema(example = "Nachtelijke export") String name,
            @Schema(example = "mst_ab12cd34") String prefix,
            @Schema(example = "READ") ApiTokenScope scope,
            @Schema(example = "2026-12-01T12:00:00Z") Instant createdAt,
            @Schema(example = "2027-03-01T12:00:00Z") Instant expiresAt,

            @Schema(example = "2026-12-02T03:00:00Z", nullable = true)
            Instant lastUsedAt,

            @Schema(example = "null", nullable = true) Instant revokedAt,

            @Schema(
                    example = "ACTIVE",
                    allowableValues = {"ACTIVE", "EXPIRED", "REVOKED"})
            ApiTokenRow.State state) {

        static TokenDocument of(ApiTokenRow row, Instant now) {
            return new TokenDocument(
                    row.id(),
                    row.name(),
                    row.prefix(),
                    row.scope(),
                    row.createdAt(),
                    row.expiresAt(),
                    row.lastUsedAt(),
                    row.revokedAt(),
                    row.state(now));
        }
    }

    /** A token just made: the only time the token is ever shown. */
    record CreatedTokenDocument(
            @Schema(example = "mst_ab12cd34Xy…", description = "Alleen in dit antwoord; Maatstaf bewaart het niet")
            String token,

            TokenDocument details) {}
}
