package nl.maatstaf.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import nl.maatstaf.account.MaatstafUser;
import nl.maatstaf.catalog.ModuleCatalog;
import nl.maatstaf.organisation.Organisation;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Results as JSON, with the same authorisation as the pages. */
@RestController
@Tag(name = "Resultaten", description = "An organisation's results against its reference group")
class ResultsApiController {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");

    private final ResultsModules modules;
    private final ResultsAccess access;
    private final ResultsService results;
    private final ResultsFootnotes footnotes;

    ResultsApiController(
            ResultsModules modules, ResultsAccess access, ResultsService results, ResultsFootnotes footnotes) {
        this.modules = modules;
        this.access = access;
        this.results = results;
        this.footnotes = footnotes;
    }

    @GetMapping(
            value = "/api/v1/organisations/{organisationId}/results/{year}/{module}",
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Results of an organisation for one module and peiljaar",
            description = "Costs and formation per task group, task, outsourcing line and in total, own against the"
                    + " reference group, and the derived workload indicators with the reference spread. Values are"
                    + " unrounded. Reference values are null when the reference group has fewer than k members."
                    + " Before the beheerder publishes the peiljaar for the module, participants get only their own"
                    + " figures, marked preliminary, with no reference values at all; the beheerder always gets full"
                    + " results. Participants may read only their own organisation; a beheerder's read is audited."
                    + " The organisation's own users also get its explanations of warnings as footnotes at their"
                    + " figures; nobody else does.")
    @ApiResponse(responseCode = "200", description = "The results")
    @ApiResponse(responseCode = "401", description = "Not authenticated")
    @ApiResponse(responseCode = "403", description = "Another organisation than the caller's own")
    @ApiResponse(
            responseCode = "404",
            description = "Unknown year, module or organisation, not enrolled, or no approved submission")
    ResultsDocument results(
            @Parameter(description = "Organisation id") @PathVariable String organisationId,
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module,
            @Parameter(
                            description = "Reference group policy: ALLE_GOEDGEKEURD, GROOTTEKLASSE, NAASTE_BUREN,"
                                    + " GEMEENTEN, SAMENWERKINGEN or MAATWERK-{setId}, among those the beheerder allows for the module and year (a"
                                    + " named set only for its consenting members). Absent, unknown or not allowed:"
                                    + " the edition's default policy.",
                            example = "NAASTE_BUREN")
                    @RequestParam(name = "referentie", required = false)
                    String referentie,
            @AuthenticationPrincipal MaatstafUser user) {
        ModuleCatalog catalog = modules.resolve(year, module);
        Organisation organisation = access.organisationToRead(user, organisationId, catalog)
                .orElseThrow(() -> new ResultsNotFoundException("No organisation named"));
        OrganisationResults found = (user.isBeheerder()
                        ? results.beheerderResultsOf(organisation.id(), catalog.year(), catalog.code(), referentie)
                        : results.resultsOf(organisation.id(), catalog.year(), catalog.code(), referentie))
                .orElseThrow(() -> new ResultsNotFoundException("No approved submission"));
        String policy = results.describePolicy(found, DUTCH);
        return ResultsDocuments.of(
                catalog,
                organisation.name(),
                found,
                policy,
                results.describeLeftOut(found, DUTCH),
                footnotes.forViewer(user, catalog, found, DUTCH).all(),
                results.describeNotes(catalog, found, DUTCH));
    }
}
