package nl.maatstaf.exchange;

import org.springframework.http.HttpStatus;

/** A refusal of the bulk API with its Dutch detail and, for an invalid file, the report. */
class BulkApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final HttpStatus status;
    private final String titleKey;
    private final transient BulkApiDocuments.BulkReportDocument report;

    BulkApiException(HttpStatus status, String titleKey, String detail, BulkApiDocuments.BulkReportDocument report) {
        super(detail);
        this.status = status;
        this.titleKey = titleKey;
        this.report = report;
    }

    HttpStatus status() {
        return status;
    }

    String titleKey() {
        return titleKey;
    }

    BulkApiDocuments.BulkReportDocument report() {
        return report;
    }
}
