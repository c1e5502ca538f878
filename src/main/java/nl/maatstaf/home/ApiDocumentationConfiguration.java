package nl.maatstaf.home;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.context.annotation.Configuration;

/** Describes the JSON API as a whole; every operation needs a personal API token or HTTP Basic credentials. */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Maatstaf API",
                        version = "v1",
                        description =
                                "Catalogus, aanleveringen en resultaten van de Maatstaf-benchmark, en voor de beheerder de "
                                        + "instellingen en publicatie van edities. Codes zijn die van de modulecatalogus van het "
                                        + "peiljaar. Een deelnemer of lezer ziet alleen de eigen organisatie, en van andere "
                                        + "organisaties nooit meer dan afgeschermde referentiecijfers (besluit 0009); de beheerder "
                                        + "ziet elke organisatie."),
        security = {@SecurityRequirement(name = "bearerAuth"), @SecurityRequirement(name = "basicAuth")})
@SecurityScheme(
        name = "bearerAuth",
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "mst_…",
        description = "Persoonlijk API-token (pagina API-tokens): Authorization: Bearer mst_…. READ-tokens alleen GET"
                + " en HEAD; werkt ook voor accounts met tweestapsverificatie.")
@SecurityScheme(
        name = "basicAuth",
        type = SecuritySchemeType.HTTP,
        scheme = "basic",
        description = "Gebruikersnaam en wachtwoord; niet voor accounts met tweestapsverificatie.")
class ApiDocumentationConfiguration {}
