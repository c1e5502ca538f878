package nl.maatstaf.organisation;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;

/** The JSON shapes of the organisation and municipality list API. */
final class OrganisationApiDocuments {

    private OrganisationApiDocuments() {}

    @Schema(description = "Register a municipality (municipality) or a cooperation (name and members), not both")
    record RegistrationRequest(
            @Schema(description = "CBS code of the municipality to register", example = "GM0363")
            String municipality,

            @Schema(description = "Name of the cooperation; unique", example = "Servicecentrum MER")
            @Size(max = OrganisationService.MAX_NAME_LENGTH, message = "{organisation.error.nameTooLong}")
            String name,

            @ArraySchema(
                    schema = @Schema(description = "CBS code", example = "GM1711"),
                    arraySchema = @Schema(description = "The cooperation's members, at least one, none twice"))
            List<String> members) {}

    @Schema(description = "Rename and/or (de)activate; a property left out stays as it is")
    record UpdateRequest(
            @Schema(description = "New name; the code never changes", example = "Werkorganisatie MER")
            @Size(max = OrganisationService.MAX_NAME_LENGTH, message = "{organisation.error.nameTooLong}")
            String name,

            @Schema(description = "false deactivates: data and results stay, no new enrolments", example = "true")
            Boolean active,

            @Schema(description = "The version last read; a stale one is refused with 409", example = "0")
            @NotNull(message = "{organisation.error.versionMissing}")
            Integer version) {}

    @Schema(description = "The members from a peiljaar on")
    record MembersRequest(
            @ArraySchema(
                    schema = @Schema(description = "CBS code", example = "GM1711"),
                    arraySchema = @Schema(description = "The members from the peiljaar on, at least one"))
            @NotNull(message = "{organisation.error.noMembers}")
            List<String> members,

            @Schema(description = "The version last read; a stale one is refused with 409", example = "1")
            @NotNull(message = "{organisation.error.versionMissing}")
            Integer version) {}

    @Schema(description = "An organisation as it is in one peiljaar")
    record OrganisationDocument(
            @Schema(description = "Id, used in the paths of the API", example = "42")
            long id,

            @Schema(description = "Stable code: CBS code or the assigned SWnnnn", example = "SW0001")
            String code,

            @Schema(example = "Servicecentrum MER") String name,

            @Schema(description = "GEMEENTE or SAMENWERKING", example = "SAMENWERKING")
            String kind,

            @Schema(description = "Whether it can be enrolled", example = "true")
            boolean active,

            @Schema(description = "The peiljaar of members and inhabitants", example = "2025")
            int year,

            @Schema(description = "Sum of the members' inhabitants in that peiljaar", example = "76000")
            long inhabitants,

            @Schema(description = "Members in that peiljaar")
            List<MemberDocument> members,

            @Schema(description = "Lock version: send it back with PUT", example = "0")
            int version) {

        static OrganisationDocument of(Organisation o, int year, int version) {
            return new OrganisationDocument(
                    o.id(),
                    o.code(),
                    o.name(),
                    o.kind().name(),
                    o.active(),
                    year,
                    o.inhabitants(),
                    o.members().stream().map(MemberDocument::of).toList(),
                    version);
        }
    }

    @Schema(description = "A municipality as in the list in force for a peiljaar")
    record MemberDocument(
            @Schema(example = "GM1711") String code,
            @Schema(example = "Echt-Susteren") String name,
            @Schema(example = "Limburg") String province,
            @Schema(example = "31751") int inhabitants,

            @Schema(description = "Private households, null when the list has none", example = "14120")
            Integer households,

            @Schema(description = "Reference year of the list", example = "2019")
            int referenceYear) {

        static MemberDocument of(Municipality m) {
            return new MemberDocument(
                    m.code(), m.name(), m.province(), m.inhabitants(), m.households(), m.referenceYear());
        }
    }

    @Schema(description = "All membership periods of an organisation")
    record MembershipsDocument(
            @Schema(example = "SW0001") String code,

            @Schema(description = "Lock version: send it back with PUT", example = "1")
            int version,

            List<MembershipDocument> memberships) {}

    @Schema(description = "A municipality is a member from fromYear up to and including untilYear (null: open)")
    record MembershipDocument(
            @Schema(example = "GM1711") String municipality,
            @Schema(example = "Echt-Susteren") String name,
            @Schema(example = "2000") int fromYear,
            @Schema(example = "2024") Integer untilYear) {

        static MembershipDocument of(Membership m) {
            return new MembershipDocument(m.municipalityCode(), m.municipalityName(), m.fromYear(), m.untilYear());
        }
    }

    @Schema(description = "The municipality list in force for a peiljaar")
    record MunicipalityListDocument(
            @Schema(example = "2025") int year,

            @Schema(description = "Reference year of the list in force", example = "2019")
            Integer referenceYear,

            List<MemberDocument> municipalities,

            @Schema(description = "Mergers recorded with that list: disappeared code to successor code")
            Map<String, String> successions) {}
}
