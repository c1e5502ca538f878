package nl.maatstaf.catalog;

import java.time.OffsetDateTime;

/**
 * An organisation's application to take part in a module of a peiljaar.
 *
 * @param remark the organisation's optional remark, or null
 * @param decisionReason the beheerder's reason for a decline, or null
 */
public record EnrolmentApplication(
        long id,
        long organisationId,
        int peiljaar,
        String moduleCode,
        EnrolmentApplicationStatus status,
        String remark,
        OffsetDateTime appliedAt,
        String appliedBy,
        OffsetDateTime decidedAt,
        String decidedBy,
        String decisionReason) {

    public int year() {
        return peiljaar;
    }

    public boolean pending() {
        return status == EnrolmentApplicationStatus.AANGEVRAAGD;
    }
}
