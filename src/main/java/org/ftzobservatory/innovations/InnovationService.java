package org.ftzobservatory.innovations;

import java.util.List;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.ftzobservatory.kernel.Paging;
import org.springframework.stereotype.Service;

@Service
public class InnovationService {

    private final InnovationRepository innovations;

    public InnovationService(InnovationRepository innovations) {
        this.innovations = innovations;
    }

    /** Rejects over-long queries (400); unknown facet values are allowed and simply match nothing. */
    public SearchPage search(InnovationQuery query, Paging paging) {
        if (query.q() != null && query.q().length() > InnovationQuery.MAX_QUERY_LENGTH) {
            throw new BadRequestException("q", "is " + query.q().length() + " characters; at most "
                    + InnovationQuery.MAX_QUERY_LENGTH + " are allowed");
        }
        return innovations.search(query, paging);
    }

    public Innovation get(String id) {
        return innovations.find(id).orElseThrow(() -> new NotFoundException("innovation", id));
    }

    public List<InnovationHit> similar(String id) {
        return innovations.similar(id, 5);
    }
}
