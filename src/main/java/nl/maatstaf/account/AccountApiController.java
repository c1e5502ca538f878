package nl.maatstaf.account;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import nl.maatstaf.account.AccountApiDocuments.AccessRequest;
import nl.maatstaf.account.AccountApiDocuments.CreatedUserDocument;
import nl.maatstaf.account.AccountApiDocuments.LinkDocument;
import nl.maatstaf.account.AccountApiDocuments.MeDocument;
import nl.maatstaf.account.AccountApiDocuments.NewUserRequest;
import nl.maatstaf.account.AccountApiDocuments.OrganisationDocument;
import nl.maatstaf.account.AccountApiDocuments.UserDocument;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's own account and the accounts of an organisation over JSON, through the same
 * {@link UserAdministration} as the pages: the beheerder for any organisation, an org-admin for
 * its own, anyone else 403. Mappings are per method: the paths around them belong to others.
 */
@RestController
@Tag(name = "Accounts", description = "De eigen gebruiker en de gebruikers van een organisatie")
class AccountApiController {

    private static final String PROBLEM_JSON = "application/problem+json";
    private static final String USERS = "/api/v1/organisations/{orgId}/users";
    private static final String INVALID_EXAMPLE =
            "{\"type\": \"about:blank\", \"title\": \"Niet opgeslagen\", \"status\": 422,"
                    + " \"detail\": \"Niet opgeslagen: verbeter de velden in errors.\", \"errors\": {\"roles\": \"Geef precies"
                    + " één rol: DEELNEMER of LEZER.\"}}";

    private final UserAdministration administration;
    private final OrganisationDirectory organisations;

    AccountApiController(UserAdministration administration, OrganisationDirectory organisations) {
        this.administration = administration;
        this.organisations = organisations;
    }

    @GetMapping("/api/v1/me")
    @Operation(
            summary = "De eigen gebruiker",
            description =
                    "Gebruikersnaam, naam, rollen, of de gebruiker de gebruikers van de organisatie beheert, en de"
                            + " organisatie (null voor een beheerder): zo vindt een client zijn eigen orgId.")
    @ApiResponse(
            responseCode = "200",
            description = "De aanroeper",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            value = "{\"username\": \"deelnemer\", \"displayName\": \"Demo deelnemer\","
                                                    + " \"roles\": [\"DEELNEMER\"], \"orgAdmin\": true, \"twoFactor\": false,"
                                                    + " \"organisation\": {\"id\": 7, \"code\": \"SW0007\", \"name\":"
                                                    + " \"Servicecentrum MER\"}}")))
    @ApiResponse(responseCode = "401", description = "Niet aangemeld")
    MeDocument me(@AuthenticationPrincipal MaatstafUser user) {
        OrganisationDocument organisation = user.organisationId() == null
                ? null
                : organisations
                        .find(user.organisationId())
                        .map(o -> new OrganisationDocument(o.id(), o.code(), o.name()))
                        .orElse(null);
        return new MeDocument(
                user.getUsername(),
                user.displayName(),
                List.of(user.role().name()),
                user.isOrgAdmin(),
                user.hasTwoFactor(),
                organisation);
    }

    @GetMapping(USERS)
    @Operation(
            summary = "De gebruikers van een organisatie",
            description = "Voor de beheerder en de org-admin van de organisatie.")
    @ApiResponse(responseCode = "200", description = "De gebruikers, op gebruikersnaam")
    @ApiResponse(responseCode = "403", description = "Geen beheerder en geen org-admin van deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie (beheerder)")
    List<UserDocument> list(
            @AuthenticationPrincipal MaatstafUser user,
            @Parameter(description = "Id van de organisatie", example = "7") @PathVariable long orgId) {
        return administration.list(user, orgId).stream().map(UserDocument::of).toList();
    }

    @GetMapping(USERS + "/{username}")
    @Operation(
            summary = "Eén gebruiker van een organisatie",
            description = "Met de version om mee te sturen bij het wijzigen.")
    @ApiResponse(responseCode = "200", description = "De gebruiker")
    @ApiResponse(responseCode = "403", description = "Geen beheerder en geen org-admin van deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie of gebruiker")
    UserDocument read(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @Parameter(description = "Gebruikersnaam", example = "j.jansen") @PathVariable String username) {
        return UserDocument.of(administration.get(user, orgId, username));
    }

    @PostMapping(USERS)
    @Operation(
            summary = "Een gebruiker aanmaken",
            description =
                    "Zonder wachtwoord: het antwoord bevat een eenmalige activeringslink (geldig tot expiresAt) om"
                            + " door te geven; met een e-mailadres en SMTP wordt hij ook gemaild. Een nieuwe link maakt oudere"
                            + " ongeldig.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = NewUserRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"username\": \"j.jansen\", \"displayName\": \"Jan Jansen\","
                                                    + " \"email\": \"j.jansen@gemeente.nl\", \"roles\": [\"DEELNEMER\"],"
                                                    + " \"orgAdmin\": true}")))
    @ApiResponse(
            responseCode = "201",
            description = "Aangemaakt, met de activeringslink",
            content =
                    @Content(
                            mediaType = "application/json",
                            examples =
                                    @ExampleObject(
                                            value = "{\"user\": {\"username\": \"j.jansen\", \"displayName\": \"Jan"
                                                    + " Jansen\", \"email\": \"j.jansen@gemeente.nl\", \"roles\":"
                                                    + " [\"DEELNEMER\"], \"orgAdmin\": true, \"active\": true, \"activated\":"
                                                    + " false, \"twoFactor\": false, \"lastLoginAt\": null, \"version\": 0},"
                                                    + " \"activationLink\":"
                                                    + " \"https://maatstaf.example.nl/account/activeren/3q2-7wE…\","
                                                    + " \"expiresAt\": \"2026-12-04T12:00:00Z\", \"mailed\": false}")))
    @ApiResponse(responseCode = "403", description = "Geen beheerder en geen org-admin van deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie (beheerder)")
    @ApiResponse(
            responseCode = "409",
            description = "Gebruikersnaam bestaat al; niets opgeslagen",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige velden (de meldingen per veld in errors); niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples = @ExampleObject(value = INVALID_EXAMPLE)))
    ResponseEntity<CreatedUserDocument> create(
            @AuthenticationPrincipal MaatstafUser user, @PathVariable long orgId, @RequestBody NewUserRequest request) {
        Map<String, String> errors = new TreeMap<>();
        String role = oneRole(request.roles(), errors);
        UserAdministration.Created created;
        try {
            created = administration.create(
                    user,
                    orgId,
                    new NewUser(
                            request.username(),
                            request.displayName(),
                            request.email(),
                            role,
                            Boolean.TRUE.equals(request.orgAdmin())));
        } catch (UserChangeRefused refused) {
            throw withRoles(refused, errors);
        }
        UserAdministration.Link link = created.link();
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + orgId + "/users/"
                        + created.user().username()))
                .body(new CreatedUserDocument(
                        UserDocument.of(created.user()), link.url(), link.expiresAt(), link.mailed()));
    }

    @PutMapping(USERS + "/{username}")
    @Operation(
            summary = "Rechten wijzigen, deactiveren of heractiveren",
            description = "Rol (DEELNEMER of LEZER), org-admin en actief, met de version uit de lijst. Een gewijzigd of"
                    + " gedeactiveerd account wordt overal uitgelogd. Een org-admin kan zich niet degraderen of"
                    + " deactiveren als hij de laatste actieve org-admin is.")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content =
                    @Content(
                            mediaType = "application/json",
                            schema = @Schema(implementation = AccessRequest.class),
                            examples =
                                    @ExampleObject(
                                            value = "{\"roles\": [\"LEZER\"], \"orgAdmin\": false, \"active\": true,"
                                                    + " \"version\": 0}")))
    @ApiResponse(responseCode = "200", description = "Gewijzigd; het account met de nieuwe version")
    @ApiResponse(responseCode = "403", description = "Geen beheerder en geen org-admin van deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie of gebruiker")
    @ApiResponse(
            responseCode = "409",
            description = "Verouderde version: iemand anders wijzigde het account intussen; niets opgeslagen",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(
            responseCode = "422",
            description = "Ongeldige velden of de laatste org-admin; niets opgeslagen",
            content =
                    @Content(
                            mediaType = PROBLEM_JSON,
                            schema = @Schema(implementation = ProblemDetail.class),
                            examples = @ExampleObject(value = INVALID_EXAMPLE)))
    UserDocument change(
            @AuthenticationPrincipal MaatstafUser user,
            @PathVariable long orgId,
            @PathVariable String username,
            @RequestBody AccessRequest request) {
        UserRow target = administration.get(user, orgId, username);
        Map<String, String> errors = new TreeMap<>();
        String role = oneRole(request.roles(), errors);
        if (request.orgAdmin() == null) {
            errors.put("orgAdmin", "users.error.required");
        }
        if (request.active() == null) {
            errors.put("active", "users.error.required");
        }
        if (!errors.isEmpty()) {
            throw new UserChangeRefused(UserChangeRefused.Kind.INVALID, "users.error.invalid", errors);
        }
        try {
            return UserDocument.of(administration.change(
                    user,
                    target.id(),
                    new AccessChange(role, request.orgAdmin(), request.active(), request.version())));
        } catch (UserChangeRefused refused) {
            throw withRoles(refused, errors);
        }
    }

    @PostMapping(USERS + "/{username}/reset-link")
    @Operation(
            summary = "Een nieuwe link om een wachtwoord in te stellen",
            description = "Een herstellink, of een activeringslink voor een account dat nog niet geactiveerd is; oudere"
                    + " links werken daarna niet meer.")
    @ApiResponse(responseCode = "201", description = "De link om door te geven")
    @ApiResponse(responseCode = "403", description = "Geen beheerder en geen org-admin van deze organisatie")
    @ApiResponse(responseCode = "404", description = "Onbekende organisatie of gebruiker")
    @ApiResponse(
            responseCode = "422",
            description = "Het account is gedeactiveerd",
            content = @Content(mediaType = PROBLEM_JSON, schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<LinkDocument> resetLink(
            @AuthenticationPrincipal MaatstafUser user, @PathVariable long orgId, @PathVariable String username) {
        UserRow target = administration.get(user, orgId, username);
        return ResponseEntity.status(201).body(LinkDocument.of(administration.resetLink(user, target.id())));
    }

    /** The API speaks of a list of roles; an account has exactly one (null, with the error, otherwise). */
    private static String oneRole(List<String> roles, Map<String, String> errors) {
        if (roles == null || roles.size() != 1 || roles.get(0) == null) {
            errors.put("roles", "users.error.roles");
            return null;
        }
        return roles.get(0);
    }

    /** The service's field "role" is the API's "roles"; field errors found here are added. */
    private static UserChangeRefused withRoles(UserChangeRefused refused, Map<String, String> extra) {
        if (refused.kind() != UserChangeRefused.Kind.INVALID) {
            return refused;
        }
        Map<String, String> errors = new TreeMap<>();
        refused.errors().forEach((field, key) -> errors.put(field.equals("role") ? "roles" : field, key));
        errors.putAll(extra);
        return new UserChangeRefused(refused.kind(), refused.messageKey(), errors);
    }
}
