package nl.maatstaf.catalog;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The forms of the peiljaren and catalogue pages, bound as text so bad input gets a message. */
final class CatalogForms {

    private CatalogForms() {}

    /**
     * Opening a peiljaar.
     *
     * @param catalogFrom an earlier peiljaar, or empty for the standard catalogue
     */
    record OpenYearForm(
            @NotBlank(message = "catalog.year.required")
            @Pattern(regexp = "\\s*\\d{4}\\s*", message = "catalog.year.format")
            String year,

            String catalogFrom) {

        static OpenYearForm empty() {
            return new OpenYearForm("", "");
        }
    }

    /** One change of a catalogue: which one is in {@code action}; the other fields as it needs. */
    record CatalogEditForm(
            String action,
            String version,
            String item,
            String group,
            String code,
            String nameNl,
            String nameEn,
            String definitionNl,
            String definitionEn,
            String minimum,
            String maximum,
            String previousCodes) {}

    /** The kinds of change the catalogue page offers. */
    enum EditAction {
        ADD_TASK,
        EDIT_TASK,
        RETIRE_TASK,
        EDIT_INDICATOR,
        RETIRE_INDICATOR
    }
}
