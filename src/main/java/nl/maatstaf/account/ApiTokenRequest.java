package nl.maatstaf.account;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new API token as asked for on the page and over the API. Text fields, so that whatever is
 * typed or sent is answered with a Dutch message at the field instead of a binding error; the
 * messages are bundle keys.
 *
 * @param validityDays days until the token expires, 1 to {@value ApiTokens#MAX_VALIDITY_DAYS};
 *     empty for {@value ApiTokens#DEFAULT_VALIDITY_DAYS}
 */
record ApiTokenRequest(
        @Schema(example = "Nachtelijke export", requiredMode = Schema.RequiredMode.REQUIRED, maxLength = 100)
        @NotBlank(message = "apiTokens.error.nameRequired")
        @Size(max = ApiTokens.MAX_NAME, message = "apiTokens.error.nameLength")
        String name,

        @Schema(
                example = "READ",
                allowableValues = {"READ", "WRITE"},
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank(message = "apiTokens.error.scope")
        @Pattern(regexp = "READ|WRITE", message = "apiTokens.error.scope")
        String scope,

        @Schema(type = "integer", example = "90", description = "1 tot en met 365; leeg of weggelaten: 90")
        @Pattern(
                regexp = "\\s*0*([1-9]|[1-9][0-9]|[12][0-9][0-9]|3[0-5][0-9]|36[0-5])\\s*|\\s*",
                message = "apiTokens.error.validity")
        String validityDays) {

    /** The validity asked for; the default when left empty. Only after validation. */
    int days() {
        return validityDays == null || validityDays.isBlank()
                ? ApiTokens.DEFAULT_VALIDITY_DAYS
                : Integer.parseInt(validityDays.strip());
    }
}
