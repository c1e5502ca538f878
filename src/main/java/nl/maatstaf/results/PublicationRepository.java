package nl.maatstaf.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** The frozen publications of editions (table {@code publication}, see V6); rows are only added. */
@Repository
class PublicationRepository {

    /** One participant as a publication froze it. */
    record Member(long versionId, Long inhabitants) {}

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
        Map<Long, Member> members = new HashMap<>();
        jdbc.sql("""
                        SELECT organisation_id, version_id, inhabitants FROM publication_member
                        WHERE publication_id = :id
                        """).param("id", publicationId).query(rs -> {
            long inhabitants = rs.getLong(3);
            members.put(rs.getLong(1), new Member(rs.getLong(2), rs.wasNull() ? null : inhabitants));
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
                            INSERT INTO publication_member (publication_id, organisation_id, version_id, inhabitants)
                            VALUES (:id, :organisation, :version, :inhabitants)
                            """)
                    .param("id", id)
                    .param("organisation", member.getKey())
                    .param("version", member.getValue().versionId())
                    .param("inhabitants", member.getValue().inhabitants())
                    .update();
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
