package org.ftzobservatory.access;

import java.util.function.Supplier;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * Times access checks: {@code ftz_access_check_seconds{channel="api"|"page", verdict}}. The tags take only the two
 * channels and the five verdicts, so the series stay few whatever callers send.
 */
@Component
public class AccessCheckMetrics {

    private final MeterRegistry meters;

    public AccessCheckMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    /** Runs one check and records its time under its verdict; a refused proposal (400) is not a check and is not timed. */
    public AccessResult time(String channel, Supplier<AccessResult> check) {
        long start = System.nanoTime();
        AccessResult result = check.get();
        Timer.builder("ftz.access.check").description("an access check: validation done, verdict, measures and conditions")
                .tag("channel", channel).tag("verdict", result.verdict().id())
                .register(meters).record(System.nanoTime() - start, java.util.concurrent.TimeUnit.NANOSECONDS);
        return result;
    }
}
