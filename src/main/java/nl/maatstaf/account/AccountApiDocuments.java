package nl.maatstaf.account;

import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** The JSON bodies of the account API. */
final class AccountApiDocuments {

    private AccountApiDocuments() {}

    @Schema(description = "De aanroeper: gebruiker, rollen en organisatie (null voor een beheerder)")
    record MeDocument(
            String username,
            String displayName,
            @Schema(example = "[\"DEELNEMER\"]") List<String> roles,
            boolean orgAdmin,
            boolean twoFactor,
            OrganisationDocument organisation) {}

    record OrganisationDocument(
            long id, @Schema(example = "GM0363") String code, String name) {}

    @Schema(description = "Een account van een organisatie; nooit met wachtwoord of geheime sleutel")
    record UserDocument(
            String username,
            String displayName,
            String email,
            @Schema(example = "[\"DEELNEMER\"]") List<String> roles,
            boolean orgAdmin,

            @Schema(description = "Kan inloggen (niet gedeactiveerd)")
            boolean active,

            @Schema(description = "Heeft met de activeringslink een wachtwoord ingesteld")
            boolean activated,

            boolean twoFactor,
            OffsetDateTime lastLoginAt,

            @Schema(description = "Stuur mee bij het wijzigen", example = "0")
            int version) {

        static UserDocument of(UserRow row) {
            return new UserDocument(
                    row.username(),
                    row.displayName(),
                    row.email(),
                    List.of(row.role().name()),
                    row.orgAdmin(),
                    row.enabled(),
                    row.activated(),
                    row.twoFactor(),
                    row.lastLoginAt(),
                    row.lockVersion());
        }
    }

    @Schema(
            description =
                    "Een nieuw account: precies één rol, DEELNEMER of LEZER; e-mail is nodig om de link te mailen")
    record NewUserRequest(
            @Schema(example = "j.jansen", requiredMode = Schema.RequiredMode.REQUIRED)
            String username,

            @Schema(example = "Jan Jansen", requiredMode = Schema.RequiredMode.REQUIRED)
            String displayName,

            @Schema(example = "j.jansen@gemeente.nl") String email,

            @Schema(example = "[\"DEELNEMER\"]", requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> roles,

            @Schema(example = "true") Boolean orgAdmin) {}

    @Schema(description = "De rechten na de wijziging, met de version van het gelezen account")
    record AccessRequest(
            @Schema(example = "[\"LEZER\"]", requiredMode = Schema.RequiredMode.REQUIRED)
            List<String> roles,

            @Schema(example = "false", requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean orgAdmin,

            @Schema(example = "true", requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean active,

            @Schema(example = "0", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version) {}

    @Schema(description = "Een eenmalige link om een wachtwoord in te stellen, om door te geven")
    record LinkDocument(
            @Schema(example = "https://maatstaf.example.nl/account/activeren/Zm9v…")
            String link,

            @Schema(example = "ACTIVATION") String purpose,
            Instant expiresAt,

            @Schema(description = "Ook gemaild (alleen met een e-mailadres en als SMTP is ingesteld)")
            boolean mailed) {

        static LinkDocument of(UserAdministration.Link link) {
            return new LinkDocument(link.url(), link.purpose().name(), link.expiresAt(), link.mailed());
        }
    }

    @Schema(description = "Het nieuwe account met zijn activeringslink")
    record CreatedUserDocument(
            UserDocument user,

            @Schema(example = "https://maatstaf.example.nl/account/activeren/Zm9v…")
            String activationLink,

            Instant expiresAt,
            boolean mailed) {}
}
