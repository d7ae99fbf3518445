package org.ftzobservatory.innovations;

import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.Paging;
import org.springframework.stereotype.Service;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

@Service
public class InnovationService {

    private final InnovationRepository innovations;
    private final MeterRegistry meters;

    public InnovationService(InnovationRepository innovations, MeterRegistry meters) {
        this.innovations = innovations;
        this.meters = meters;
    }

    /** Rejects over-long queries (400); unknown facet values are allowed and simply match nothing. */
    public SearchPage search(InnovationQuery query, Paging paging) {
        if (query.q() != null && query.q().length() > InnovationQuery.MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "is " + query.q().length() + " characters; at most "
                    + InnovationQuery.MAX_QUERY_LENGTH + " are allowed");
        }
        // ftz_search_cases_seconds{mode="fts"|"like"|"none", hits="some"|"none"}: the case-library search with its facets.
        Timer.Sample sample = Timer.start(meters);
        SearchPage page = innovations.search(query, paging);
        sample.stop(Timer.builder("ftz.search.cases").description("case-library search: count, page, snippets and facets")
                .tag("mode", page.mode()).tag("hits", page.total() > 0 ? "some" : "none").register(meters));
        return page;
    }

    public Innovation get(String id) {
        return innovations.find(id).orElseThrow(() -> new NotFoundException("innovation", id));
    }

    public List<InnovationHit> similar(String id) {
        return innovations.similar(id, 5);
    }
}
