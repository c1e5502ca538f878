package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ApiTokenRequestTest {

    private final Validator validator =
            Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void aValidityFromOneToThreeHundredSixtyFiveDaysIsAccepted() {
        for (String days : new String[] {"1", "9", "90", "099", "199", "299", "359", "365", " 30 "}) {
            assertThat(problems(new ApiTokenRequest("Script", "READ", days)))
                    .as(days)
                    .isEmpty();
        }
        assertThat(new ApiTokenRequest("Script", "READ", " 30 ").days()).isEqualTo(30);
    }

    @Test
    void anEmptyValidityMeansNinetyDays() {
        assertThat(problems(new ApiTokenRequest("Script", "WRITE", ""))).isEmpty();
        assertThat(new ApiTokenRequest("Script", "WRITE", null).days()).isEqualTo(90);
    }

    @Test
    void aValidityOutsideTheRangeOrNotANumberIsRefused() {
        for (String days : new String[] {"0", "366", "400", "1000", "-5", "9,5", "drie"}) {
            assertThat(problems(new ApiTokenRequest("Script", "READ", days)))
                    .as(days)
                    .containsExactly("validityDays=apiTokens.error.validity");
        }
    }

    @Test
    void aScopeOtherThanReadOrWriteIsRefused() {
        assertThat(problems(new ApiTokenRequest("Script", "read", "90")))
                .containsExactly("scope=apiTokens.error.scope");
    }

    @Test
    void aReadScopeAllowsOnlyMethodsThatChangeNothing() {
        assertThat(ApiTokenScope.READ.allows("GET")).isTrue();
        assertThat(ApiTokenScope.READ.allows("HEAD")).isTrue();
        assertThat(ApiTokenScope.READ.allows("POST")).isFalse();
        assertThat(ApiTokenScope.READ.allows("PUT")).isFalse();
        assertThat(ApiTokenScope.READ.allows("DELETE")).isFalse();
        assertThat(ApiTokenScope.WRITE.allows("DELETE")).isTrue();
    }

    private Set<String> problems(ApiTokenRequest request) {
        Set<ConstraintViolation<ApiTokenRequest>> violations = validator.validate(request);
        return violations.stream()
                .map(v -> v.getPropertyPath() + "=" + v.getMessage())
                .collect(Collectors.toSet());
    }
}
