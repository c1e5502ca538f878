package nl.maatstaf.catalog;

import java.time.OffsetDateTime;

/** A peiljaar with its status. */
public record BenchmarkYear(int year, YearStatus status, OffsetDateTime createdAt) {

    public boolean open() {
        return status == YearStatus.OPEN;
    }
}
