package nl.maatstaf.catalog;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** The request and answer bodies of the peiljaren API. */
final class YearsApiDocuments {

    private YearsApiDocuments() {}

    /** A peiljaar with its status and the codes of its modules. */
    record YearDocument(
            @Schema(example = "2026") int year,
            @Schema(example = "OPEN") YearStatus status,

            @Schema(example = "[\"PARTICIPATIE\", \"WMO\", \"JEUGD\", \"SCHULDHULPVERLENING\"]")
            List<String> modules) {}

    /**
     * Opening a peiljaar.
     *
     * @param catalogFrom the peiljaar whose catalogues are copied; null for the standard catalogue
     */
    record OpenYearRequest(
            @Schema(example = "2026", requiredMode = Schema.RequiredMode.REQUIRED)
            @NotNull(message = "catalog.year.required")
            @Min(value = YearRules.FIRST, message = "catalog.year.range")
            @Max(value = YearRules.LAST, message = "catalog.year.range")
            Integer year,

            @Schema(example = "2025", description = "Leave out for the standard catalogue")
            Integer catalogFrom) {}
}
