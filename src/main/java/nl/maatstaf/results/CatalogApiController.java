package nl.maatstaf.results;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.maatstaf.catalog.ModuleCatalog;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The module catalogue as JSON, so API clients can use the catalogue's codes. Lives here for now
 * because it only reads the catalogue; it belongs with the catalogue module once that has an API.
 */
@RestController
@Tag(name = "Catalogus", description = "Module catalogues per peiljaar")
class CatalogApiController {

    private final ResultsModules modules;

    CatalogApiController(ResultsModules modules) {
        this.modules = modules;
    }

    @GetMapping(value = "/api/v1/catalog/{year}/{module}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "The catalogue of a module in a peiljaar",
            description = "Task groups with their tasks, workload indicators (part B), finance items (part C) and"
                    + " derived indicators, each with its code, Dutch and English name and definition.")
    @ApiResponse(responseCode = "200", description = "The catalogue")
    @ApiResponse(responseCode = "404", description = "Unknown year or module")
    ModuleCatalog catalog(
            @Parameter(description = "Peiljaar", example = "2025") @PathVariable String year,
            @Parameter(description = "Module code or slug", example = "PARTICIPATIE") @PathVariable String module) {
        return modules.resolve(year, module);
    }
}
