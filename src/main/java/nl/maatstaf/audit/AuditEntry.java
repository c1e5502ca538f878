package nl.maatstaf.audit;

/**
 * One audited fact: who did what to which thing, and for a changed field its old and new value.
 * {@code organisationId} is the organisation whose data was touched (null for platform data).
 */
public record AuditEntry(
        String username,
        Long organisationId,
        String action,
        String entity,
        String entityKey,
        String field,
        String oldValue,
        String newValue) {

    public static AuditEntry action(String username, Long organisationId, String action, String entity, String key) {
        return new AuditEntry(username, organisationId, action, entity, key, null, null, null);
    }

    public static AuditEntry change(
            String username,
            Long organisationId,
            String entity,
            String key,
            String field,
            String oldValue,
            String newValue) {
        return new AuditEntry(username, organisationId, "WIJZIGING", entity, key, field, oldValue, newValue);
    }
}
