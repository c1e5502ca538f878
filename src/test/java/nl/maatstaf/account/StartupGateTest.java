package nl.maatstaf.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.ApplicationAvailabilityBean;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class StartupGateTest {

    private final ApplicationAvailabilityBean availability = new ApplicationAvailabilityBean();
    private final StartupGate gate = new StartupGate(availability, messages());

    @Test
    void refusesTheLoginPageWith503UntilTheApplicationIsReady() throws Exception {
        MockHttpServletResponse response = send("POST", "/login");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeader("Retry-After")).isEqualTo("5");
        assertThat(response.getContentAsString())
                .contains("Maatstaf start nog op, probeer het over enkele seconden opnieuw.");
    }

    @Test
    void refusesTheApiWithAProblemDocumentUntilTheApplicationIsReady() throws Exception {
        MockHttpServletResponse response = send("GET", "/api/v1/me");

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getContentType()).startsWith("application/problem+json");
        assertThat(response.getContentAsString()).contains("\"status\":503");
    }

    @Test
    void passesTheHealthProbesWhileStarting() throws Exception {
        assertThat(passed("GET", "/actuator/health/readiness")).isTrue();
    }

    @Test
    void passesEveryRequestOnceTheApplicationAcceptsTraffic() throws Exception {
        ready(availability);

        assertThat(passed("POST", "/login")).isTrue();
        assertThat(passed("GET", "/api/v1/me")).isTrue();
    }

    @Test
    void theRunningApplicationAcceptsTrafficOnlyAfterItsRunners() {
        // The gate relies on Spring Boot publishing ACCEPTING_TRAFFIC after the application runners.
        ApplicationAvailability fresh = new ApplicationAvailabilityBean();

        assertThat(fresh.getReadinessState()).isEqualTo(ReadinessState.REFUSING_TRAFFIC);
    }

    private MockHttpServletResponse send(String method, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        gate.doFilter(new MockHttpServletRequest(method, path), response, new MockFilterChain());
        return response;
    }

    private boolean passed(String method, String path) throws Exception {
        MockFilterChain chain = new MockFilterChain();
        gate.doFilter(new MockHttpServletRequest(method, path), new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    private static void ready(ApplicationAvailabilityBean availability) {
        availability.onApplicationEvent(new AvailabilityChangeEvent<>(new Object(), ReadinessState.ACCEPTING_TRAFFIC));
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        java.util.Locale dutch = java.util.Locale.forLanguageTag("nl-NL");
        messages.addMessage(
                "startup.starting", dutch, "Maatstaf start nog op, probeer het over enkele seconden opnieuw.");
        messages.addMessage("startup.title", dutch, "Nog niet gereed");
        return messages;
    }
}
