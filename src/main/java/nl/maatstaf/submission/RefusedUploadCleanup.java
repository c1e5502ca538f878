package nl.maatstaf.submission;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deletes refused workbooks once they are old. A refused workbook is kept so the participant can
 * download and correct it; after {@code maatstaf.uploads.refused-retention} it has served that
 * purpose and only takes space (up to 2 MB each). Accepted workbooks are the record of what was
 * taken over and stay. The number per questionnaire is bounded at every upload as well
 * ({@link WorkbookUploads}), so repeated refused uploads cannot fill the database in between.
 */
@Component
class RefusedUploadCleanup {

    private static final Logger log = LoggerFactory.getLogger(RefusedUploadCleanup.class);

    private final UploadRepository uploads;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration retention;

    RefusedUploadCleanup(
            UploadRepository uploads,
            TransactionTemplate transactions,
            Clock clock,
            @Value("${maatstaf.uploads.refused-retention}") Duration retention) {
        if (retention.isNegative()) {
            throw new IllegalArgumentException("maatstaf.uploads.refused-retention must not be negative");
        }
        this.uploads = uploads;
        this.transactions = transactions;
        this.clock = clock;
        this.retention = retention;
    }

    @Scheduled(cron = "${maatstaf.uploads.cleanup-cron}")
    void removeExpired() {
        int removed = removeExpired(OffsetDateTime.now(clock));
        if (removed > 0) {
            log.info("Deleted {} refused workbook upload(s) older than {}", removed, retention);
        }
    }

    /** Deletes the refused uploads older than the retention at {@code now}; returns how many. */
    int removeExpired(OffsetDateTime now) {
        OffsetDateTime before = now.minus(retention);
        return Objects.requireNonNull(transactions.execute(status -> uploads.deleteRefusedBefore(before)));
    }
}
