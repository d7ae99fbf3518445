package org.ftzobservatory.kernel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one clock deadlines and overdue flags are computed against. {@code ftz.clock.today=YYYY-MM-DD} pins it (tests,
 * training sessions with the demo data); otherwise it is the system clock in China's time zone.
 */
@Configuration(proxyBeanMethods = false)
public class ClockConfig {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @Bean
    public Clock clock(@Value("${ftz.clock.today:}") String today) {
        if (today.isBlank()) {
            return Clock.system(CHINA);
        }
        return Clock.fixed(LocalDate.parse(today.trim()).atStartOfDay(CHINA).plusHours(12).toInstant(), CHINA);
    }
}
