package nl.maatstaf.catalog;

import java.time.OffsetDateTime;

/** One version of a module's catalogue in a peiljaar: version 0 is the one it was opened with. */
public record CatalogVersion(int version, OffsetDateTime changedAt, String changedBy, String summary) {}
