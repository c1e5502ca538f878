package nl.maatstaf.edition;

import java.time.OffsetDateTime;
import java.util.Objects;

/** The beheerder's decision to exclude a flagged organisation from others' reference groups, or to keep it. */
public record OutlierDecision(
        long organisationId, boolean excluded, String reason, String decidedBy, OffsetDateTime decidedAt) {

    public OutlierDecision {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
    }
}
