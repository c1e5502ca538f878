package nl.maatstaf.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.function.Function;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every time in a JSON document as ISO 8601 with the Amsterdam offset of that moment
 * ({@code 2026-07-01T14:00:00+02:00}): never a number, and never in the offset the database gave
 * (UTC on PostgreSQL, {@code Z}), so API clients see the same time of day as the pages.
 */
@Configuration(proxyBeanMethods = false)
class DutchTimeJackson {

    @Bean
    Jackson2ObjectMapperBuilderCustomizer amsterdamTimes() {
        return builder -> builder.serializerByType(
                        OffsetDateTime.class,
                        new AmsterdamSerializer<>(OffsetDateTime.class, OffsetDateTime::toInstant))
                .serializerByType(Instant.class, new AmsterdamSerializer<>(Instant.class, Function.identity()))
                .serializerByType(
                        ZonedDateTime.class, new AmsterdamSerializer<>(ZonedDateTime.class, ZonedDateTime::toInstant));
    }

    /** Writes a moment as {@link DutchTime#iso}. */
    static final class AmsterdamSerializer<T> extends StdSerializer<T> {

        private static final long serialVersionUID = 1L;

        private final transient Function<T, Instant> instant;

        AmsterdamSerializer(Class<T> type, Function<T, Instant> instant) {
            super(type);
            this.instant = instant;
        }

        @Override
        public void serialize(T value, JsonGenerator generator, SerializerProvider provider) throws IOException {
            generator.writeString(DutchTime.iso(instant.apply(value)));
        }
    }
}
