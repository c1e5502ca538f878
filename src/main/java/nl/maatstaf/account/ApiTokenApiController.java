package nl.maatstaf.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import nl.maatstaf.account.ApiTokenDocuments.CreatedTokenDocument;
import nl.maatstaf.account.ApiTokenDocuments.TokenDocument;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own API tokens over JSON. Always the caller's: the account comes from the token
 * or password of the call, so nobody makes or ends a token of someone else here (the beheerder
 * revokes others' tokens on /beheer/api-tokens).
 */
@RestController
@Tag(name = "API-tokens", description = "De eigen persoonlijke API-tokens")
class ApiTokenApiController {

    private static final String TOKENS = "/api/v1/me/tokens";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String TOKEN_EXAMPLE =
            "{\"id\": 12, \"name\": \"Nachtelijke export\", \"prefix\": \"mst_ab12cd34\","
                    + " \"scope\": \"READ\", \"createdAt\": \"2026-12-01T12:00:00Z\", \"expiresAt\": \"2027-03-01T12:00:00Z\","
                    + " \"lastUsedAt\": null, \"revokedAt\": null, \"state\": \"ACTIVE\"}";

    private final ApiTokens tokens;
    private final Clock clock;

    ApiTokenApiController(ApiTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    @GetMapping(TOKENS)
    @Operation(
            summary = "De eigen API-tokens",
            description =
                    "Nieuwste eerst, met de eerste tekens (prefix) om een token te herkennen; nooit het token zelf.")
    @ApiResponse(
            responseCode = "200",
            description = "De tokens",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples = @ExampleObject(value = "[" + TOKEN_EXAMPLE + "]")))
    @ApiResponse(
            responseCode = "401",
            description = "Niet aangemeld, of het token is onbekend, verlopen of ingetrokken")
    List<TokenDocument> list(Authentication authentication) {
        Instant now = clock.instant();
        return tokens.ofUser(user(authentication).id()).stream()
                .map(row -> TokenDocument.of(row, now))
                .toList();
    }

    @GetMapping(TOKENS + "/{id}")
    @Operation(summary = "Eén eigen API-token")
    @ApiResponse(
            responseCode = "200",
            description = "Het token",
            content = @Content(mediaType = "application/json", examples = @ExampleObject(value = TOKEN_EXAMPLE)))
    @ApiResponse(
            responseCode = "404",
            description = "Onbekend token, of dat van een ander",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    TokenDocument read(Authentication authentication, @Parameter(example = "12") @PathVariable long id) {
        return TokenDocument.of(tokens.own(user(authentication), id), clock.instant());
    }

    @PostMapping(TOKENS)
    @Operation(
            summary = "Een API-token maken",
            description =
                    "Voor de aanroeper zelf, aangemeld met een WRITE-token of met HTTP Basic (accounts zonder"
                            + " tweestapsverificatie). Het token staat alleen in dit antwoord. Een token gemaakt met een token"
                            + " verloopt niet later dan dat token. Scope READ: alleen GET en HEAD; WRITE: alles wat de rol mag.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = ApiTokenRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"name\": \"Nachtelijke export\", \"scope\": \"READ\","
                                                    + " \"validityDays\": 90}")))
    @ApiResponse(
            responseCode = "201",
            description = "Gemaakt; het token staat alleen in dit antwoord",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            value = "{\"token\": \"mst_ab12cd34Xy…\", \"details\": " + TOKEN_EXAMPLE
                                                    + "}")))
    @ApiResponse(
            responseCode = "403",
            description = "Aangemeld met een READ-token",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige velden (de meldingen per veld in errors); niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\","
                                                    + " \"status\": 422, \"detail\": \"Er is geen token gemaakt:"
                                                    + " verbeter de velden in errors.\", \"errors\": {\"validityDays\":"
                                                    + " \"Geef een geldigheid van 1 tot en met 365 dagen.\"}}")))
    ResponseEntity<CreatedTokenDocument> create(Authentication authentication, @RequestBody ApiTokenRequest request) {
        Instant notAfter = authentication instanceof ApiTokenAuthentication token ? token.expiresAt() : null;
        ApiTokens.Issued issued = tokens.create(user(authentication), request, notAfter);
        return ResponseEntity.created(URI.create(TOKENS + "/" + issued.row().id()))
                .body(new CreatedTokenDocument(issued.token(), TokenDocument.of(issued.row(), clock.instant())));
    }

    @DeleteMapping(TOKENS + "/{id}")
    @Operation(
            summary = "Een eigen API-token intrekken",
            description = "Het werkt daarna niet meer; ook het token van deze aanroep kan zo worden ingetrokken."
                    + " Een al ingetrokken token intrekken verandert niets.")
    @ApiResponse(responseCode = "204", description = "Ingetrokken")
    @ApiResponse(
            responseCode = "404",
            description = "Onbekend token, of dat van een ander",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> revoke(Authentication authentication, @Parameter(example = "12") @PathVariable long id) {
        MaatstafUser user = user(authentication);
        // Own tokens only, also for a beheerder: revoking others' tokens is done on the page.
        tokens.own(user, id);
        tokens.revoke(user, id);
        return ResponseEntity.noContent().build();
    }

    private static MaatstafUser user(Authentication authentication) {
        return (MaatstafUser) authentication.getPrincipal();
    }
}
