package nl.maatstaf.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import nl.maatstaf.organisation.OrganisationKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The frozen publications of editions (table {@code publication}, see V6); rows are only added. */
@Repository
class PublicationRepository {

    /**
     * One participant as a publication froze it.
     *
     * @param kind null in a publication from before kinds and memberships were frozen (V15)
     * @param municipalityCodes a municipality's own CBS code, a cooperation's members' codes in the
     *     peiljaar: who is never in whose group (spec §8)
     */
    record Member(long versionId, Long inhabitants, OrganisationKind kind, Set<String> municipalityCodes) {

        Member {
            municipalityCodes = Set.copyOf(municipalityCodes);
        }

        /** Whether this member's own figures are the same in both: same version, same inhabitants. */
        boolean contributesAs(Member other) {
            return versionId == other.versionId && Objects.equals(inhabitants, other.inhabitants);
        }
    }

    /** A publication without its members. */
    record Head(
            long id,
            int year,
            String moduleCode,
            int number,
            OffsetDateTime publishedAt,
            String publishedBy,
            FrozenSettings settings) {}

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    PublicationRepository(JdbcClient jdbc, ObjectMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The newest publication of the edition, whether or not it is withdrawn now. */
    Optional<Head> latest(int year, String moduleCode) {
        return jdbc.sql("""
                        SELECT id, publication_no, published_at, published_by, settings
                        FROM publication
                        WHERE peiljaar = :year AND module_code = :moduleCode
                        ORDER BY publication_no DESC
                        FETCH FIRST 1 ROWS ONLY
                        """)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .query((rs, n) -> new Head(
                        rs.getLong(1),
                        year,
                        moduleCode,
                        rs.getInt(2),
                        rs.getObject(3, OffsetDateTime.class),
                        rs.getString(4),
                        read(rs.getString(5))))
                .optional();
    }

    /** @return by organisation id */
    Map<Long, Member> members(long publicationId) {
        Map<Long, Set<String>> codes = new HashMap<>();
        jdbc.sql("""
                        SELECT organisation_id, municipality_code FROM publication_member_municipality
                        WHERE publication_id = :id
                        """).param("id", publicationId).query(rs -> {
            codes.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getString(2));
        });
        Map<Long, Member> members = new HashMap<>();
        jdbc.sql("""
                        SELECT organisation_id, version_id, inhabitants, organisation_kind FROM publication_member
                        WHERE publication_id = :id
                        """).param("id", publicationId).query(rs -> {
            long organisation = rs.getLong(1);
            long inhabitants = rs.getLong(3);
            boolean noInhabitants = rs.wasNull();
            String kind = rs.getString(4);
            members.put(
                    organisation,
                    new Member(
                            rs.getLong(2),
                            noInhabitants ? null : inhabitants,
                            kind == null ? null : OrganisationKind.valueOf(kind),
                            codes.getOrDefault(organisation, Set.of())));
        });
        return members;
    }

    long insert(
            int year,
            String moduleCode,
            int number,
            OffsetDateTime at,
            String username,
            FrozenSettings settings,
            String overrideReason,
            Map<Long, Member> members) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO publication (peiljaar, module_code, publication_no, published_at, published_by,
                                                 settings, override_reason)
                        VALUES (:year, :moduleCode, :number, :at, :username, :settings, :reason)
                        """)
                .param("year", year)
                .param("moduleCode", moduleCode)
                .param("number", number)
                .param("at", at)
                .param("username", username)
                .param("settings", write(settings))
                .param("reason", overrideReason)
                .update(key, "id");
        long id = Objects.requireNonNull(key.getKey()).longValue();
        for (Map.Entry<Long, Member> member : members.entrySet()) {
            jdbc.sql("""
                            INSERT INTO publication_member (publication_id, organisation_id, version_id, inhabitants,
                                                            organisation_kind)
                            VALUES (:id, :organisation, :version, :inhabitants, :kind)
                            """)
                    .param("id", id)
                    .param("organisation", member.getKey())
                    .param("version", member.getValue().versionId())
                    .param("inhabitants", member.getValue().inhabitants())
                    .param(
                            "kind",
                            member.getValue().kind() == null
                                    ? null
                                    : member.getValue().kind().name())
                    .update();
            for (String code : member.getValue().municipalityCodes()) {
                jdbc.sql("""
                                INSERT INTO publication_member_municipality
                                    (publication_id, organisation_id, municipality_code)
                                VALUES (:id, :organisation, :code)
                                """)
                        .param("id", id)
                        .param("organisation", member.getKey())
                        .param("code", code)
                        .update();
            }
        }
        return id;
    }

    private String write(FrozenSettings settings) {
        try {
            return json.writeValueAsString(settings);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Settings cannot be written as JSON", e);
        }
    }

    private FrozenSettings read(String text) {
        try {
            return json.readValue(text, FrozenSettings.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored publication has unreadable settings", e);
        }
    }
}
