package nl.maatstaf.common;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    /**
     * The Dutch clock, whatever zone the server runs in: "today" (deadlines, the date on a
     * workbook) is the Dutch day, and new times are stored with the Amsterdam offset.
     */
    @Bean
    Clock clock() {
        return Clock.system(DutchTime.AMSTERDAM);
    }
}
