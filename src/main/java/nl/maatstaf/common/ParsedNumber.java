package nl.maatstaf.common;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The outcome of reading a typed number: a value, or the message key of why it could not be
 * read. Blank input is neither: it is simply empty.
 */
public record ParsedNumber(BigDecimal value, String errorKey) {

    public static ParsedNumber empty() {
        return new ParsedNumber(null, null);
    }

    public static ParsedNumber of(BigDecimal value) {
        return new ParsedNumber(value, null);
    }

    public static ParsedNumber error(String errorKey) {
        return new ParsedNumber(null, errorKey);
    }

    public boolean isEmpty() {
        return value == null && errorKey == null;
    }

    public boolean isError() {
        return errorKey != null;
    }

    public Optional<BigDecimal> asOptional() {
        return Optional.ofNullable(value);
    }
}
