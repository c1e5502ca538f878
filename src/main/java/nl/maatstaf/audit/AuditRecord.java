package nl.maatstaf.audit;

import java.time.OffsetDateTime;

/** A stored audit entry as read back for display. */
public record AuditRecord(
        long id,
        OffsetDateTime occurredAt,
        String username,
        Long organisationId,
        String action,
        String entity,
        String entityKey,
        String field,
        String oldValue,
        String newValue) {}
