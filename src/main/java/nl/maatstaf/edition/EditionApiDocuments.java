package nl.maatstaf.edition;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;

/** The JSON shapes of the edition API. Organisations are named by their code (GM0003, SW0001). */
final class EditionApiDocuments {

    private EditionApiDocuments() {}

    @Schema(description = "The settings of one edition (peiljaar and module)")
    record EditionDocument(
            @Schema(description = "Peiljaar", example = "2025")
            int year,

            @Schema(description = "Catalogue code of the module", example = "PARTICIPATIE")
            String module,

            @ArraySchema(
                    schema =
                            @Schema(
                                    description = "ALLE_GOEDGEKEURD, GROOTTEKLASSE, NAASTE_BUREN, MAATWERK, GEMEENTEN"
                                            + " (municipalities only) or SAMENWERKINGEN (cooperations only)",
                                    example = "NAASTE_BUREN"),
                    arraySchema = @Schema(description = "The policies participants may choose, in a fixed order"))
            List<String> allowedPolicies,

            @Schema(description = "The policy a participant gets without choosing", example = "ALLE_GOEDGEKEURD")
            String defaultPolicy,

            @Schema(
                    description = "n: the number of most similar organisations (NAASTE_BUREN); at least k",
                    example = "10")
            int neighbourCount,

            @Schema(description = "k: no reference figure rests on fewer organisations; at least 3", example = "5")
            int minimumReferenceSize,

            @Schema(description = "Whether participants see their comparison; before that only their own figures")
            boolean published,

            @Schema(
                    description = "When it was last published (ISO 8601 with offset), or null",
                    example = "2026-03-02T14:05:00+01:00")
            OffsetDateTime publishedAt,

            @Schema(description = "Who last published it, or null", example = "beheerder")
            String publishedBy,

            @Schema(
                    description = "The date by which participants should have submitted (yyyy-mm-dd), or null",
                    example = "2026-04-01")
            String deadline,

            @Schema(description = "Named sets (maatwerkvergelijkingen)")
            List<NamedSetDocument> namedSets,

            @Schema(description = "The beheerder's decisions on outliers")
            List<OutlierDocument> outlierDecisions,

            @Schema(
                    description = "The lock version of the settings: send it back with the next PUT; a stale value is"
                            + " refused with 409",
                    example = "3")
            int version) {

        static EditionDocument of(
                EditionSettings settings,
                int version,
                LocalDate deadline,
                Function<Long, String> codes,
                Function<Long, Integer> setVersions) {
            return new EditionDocument(
                    settings.year(),
                    settings.moduleCode(),
                    settings.allowedInOrder().stream().map(Enum::name).toList(),
                    settings.defaultPolicy().name(),
                    settings.neighbourCount(),
                    settings.minimumReferenceSize(),
                    settings.published(),
                    settings.publishedAt(),
                    settings.publishedBy(),
                    deadline == null ? null : deadline.toString(),
                    settings.namedSets().stream()
                            .map(set -> NamedSetDocument.of(set, codes, setVersions))
                            .toList(),
                    settings.outlierDecisions().stream()
                            .map(decision -> OutlierDocument.of(decision, codes))
                            .toList(),
                    version);
        }
    }

    @Schema(description = "A named set: the organisations the beheerder named, and those that consented")
    record NamedSetDocument(
            @Schema(description = "Id; the policy code is MAATWERK-{id}", example = "7")
            long id,

            @Schema(example = "Centrumgemeenten Noord") String name,

            @Schema(description = "The organisations named, by code", example = "[\"GM0014\", \"GM0034\", \"SW0002\"]")
            List<String> members,

            @Schema(
                    description = "Those of the members that consented; only they take part",
                    example = "[\"GM0014\", \"SW0002\"]")
            List<String> consenting,

            @Schema(
                    description = "The set's lock version: send it back with the next PUT; a stale value is refused"
                            + " with 409",
                    example = "0")
            int version) {

        static NamedSetDocument of(NamedSet set, Function<Long, String> codes, Function<Long, Integer> versions) {
            return new NamedSetDocument(
                    set.id(),
                    set.name(),
                    set.members().stream().map(codes).sorted().toList(),
                    set.members().stream()
                            .filter(set::takesPart)
                            .map(codes)
                            .sorted()
                            .toList(),
                    versions.apply(set.id()) == null ? 0 : versions.apply(set.id()));
        }
    }

    @Schema(description = "A decision on an outlier: left out of everyone else's reference group, or kept")
    record OutlierDocument(
            @Schema(description = "Organisation code", example = "SW0002")
            String organisation,

            @Schema(description = "true: left out of every other organisation's reference group; false: kept")
            boolean excluded,

            @Schema(description = "The written reason", example = "Kosten van twee jaar in één jaar geboekt")
            String reason,

            @Schema(example = "beheerder") String decidedBy,

            @Schema(example = "2026-03-02T14:05:00+01:00") OffsetDateTime decidedAt) {

        static OutlierDocument of(OutlierDecision decision, Function<Long, String> codes) {
            return new OutlierDocument(
                    codes.apply(decision.organisationId()),
                    decision.excluded(),
                    decision.reason(),
                    decision.decidedBy(),
                    decision.decidedAt());
        }
    }

    @Schema(description = "New policies, n and k; all fields are required")
    record SettingsRequest(
            @ArraySchema(
                    schema = @Schema(example = "ALLE_GOEDGEKEURD"),
                    arraySchema =
                            @Schema(
                                    description = "Policies participants may choose: ALLE_GOEDGEKEURD,"
                                            + " GROOTTEKLASSE, NAASTE_BUREN, MAATWERK, GEMEENTEN,"
                                            + " SAMENWERKINGEN",
                                    requiredMode = Schema.RequiredMode.REQUIRED))
            List<String> allowedPolicies,

            @Schema(
                    description = "One of allowedPolicies",
                    example = "ALLE_GOEDGEKEURD",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String defaultPolicy,

            @Schema(
                    description = "n, at least k and at most 1000",
                    example = "10",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer neighbourCount,

            @Schema(description = "k, at least 3", example = "5", requiredMode = Schema.RequiredMode.REQUIRED)
            Integer minimumReferenceSize,

            @Schema(
                    description = "The version of the last read",
                    example = "3",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version,

            @Schema(
                    description = "The date by which participants should have submitted (yyyy-mm-dd); left out or"
                            + " null: no deadline",
                    example = "2026-04-01")
            String deadline) {}

    @Schema(description = "A request to publish; without a reason a publication that differs too little is refused")
    record PublicationRequest(
            @Schema(
                    description = "A written reason to publish although the new state differs too little from the"
                            + " previous publication; it is put on record (at most 2000 characters)",
                    example = "Uitsluiting door de stuurgroep bevestigd")
            String overrideReason) {}

    @Schema(description = "What a request to publish came to")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PublicationDocument(
            @Schema(
                    description = "The number of the publication participants see now; absent when nothing changed",
                    example = "2")
            Integer number,

            @Schema(description = "In Dutch", example = "Het peiljaar is gepubliceerd voor deze module: …")
            String detail) {}

    @Schema(description = "A decision on a flagged organisation")
    record OutlierRequest(
            @Schema(
                    description = "true: exclude from everyone else's reference group; false: keep",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Boolean excluded,

            @Schema(
                    description = "The reason, required (at most 2000 characters)",
                    example = "Kosten van twee jaar in één jaar geboekt",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            String reason) {}
}
