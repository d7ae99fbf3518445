package org.ftzobservatory.ops;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Issue 14 §1: before the node is ready, the site answers 503 problem details, never an empty dataset. */
class ReadinessGateTest {

    static ApplicationAvailability readiness(ReadinessState state) {
        return new ApplicationAvailability() {
            @Override
            public <S extends AvailabilityState> S getState(Class<S> type, S defaultState) {
                return getState(type);
            }

            @Override
            @SuppressWarnings("unchecked")
            public <S extends AvailabilityState> S getState(Class<S> type) {
                return (S) (type == ReadinessState.class ? state : LivenessState.CORRECT);
            }

            @Override
            public <S extends AvailabilityState> org.springframework.boot.availability.AvailabilityChangeEvent<S> getLastChangeEvent(Class<S> type) {
                return null;
            }
        };
    }

    MockHttpServletResponse call(ReadinessState state, String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ReadinessGate(readiness(state)).doFilter(request, response, new MockFilterChain());
        return response;
    }

    @Test
    void aStartingNodeAnswers503ProblemDetailsButLetsProbesThrough() throws Exception {
        MockHttpServletResponse api = call(ReadinessState.REFUSING_TRAFFIC, "/api/v1/zones");
        assertThat(api.getStatus()).isEqualTo(503);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getHeader("Retry-After")).isNotBlank();
        assertThat(api.getContentAsString()).contains("\"status\":503");
        assertThat(call(ReadinessState.REFUSING_TRAFFIC, "/zones").getStatus()).isEqualTo(503);
        assertThat(call(ReadinessState.REFUSING_TRAFFIC, "/actuator/health/readiness").getStatus()).isEqualTo(200);
    }

    @Test
    void aReadyNodeServes() throws Exception {
        assertThat(call(ReadinessState.ACCEPTING_TRAFFIC, "/api/v1/zones").getStatus()).isEqualTo(200);
    }
}
