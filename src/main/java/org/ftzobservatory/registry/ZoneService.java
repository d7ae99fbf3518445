package org.ftzobservatory.registry;

import java.util.List;

import org.ftzobservatory.kernel.Vocabulary;
import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.kernel.NotFoundException;
import org.springframework.stereotype.Service;

@Service
public class ZoneService {

    private final ZoneRepository zones;
    private final Vocabulary vocabulary;

    public ZoneService(ZoneRepository zones, Vocabulary vocabulary) {
        this.zones = zones;
        this.vocabulary = vocabulary;
    }

    public List<ZoneSummary> list(Integer batch, String region) {
        if (region != null && !region.isBlank() && !vocabulary.all("regions").containsKey(region)) {
            throw new BadRequestException("region", "'" + region + "' is not one of " + vocabulary.all("regions").keySet());
        }
        if (batch != null && (batch < 2013 || batch > 2100)) {
            throw new BadRequestException("batch", "is the approval year of a batch of zones, 2013 or later");
        }
        return zones.list(batch, region == null || region.isBlank() ? null : region);
    }

    public Zone get(String id) {
        return zones.find(id).orElseThrow(() -> new NotFoundException("zone", id));
    }

    /** Checks a zone filter parameter: an FTZ id or {@code ftz/subzone}, optionally also {@code national}. */
    public void requireZoneRef(String parameter, String ref, boolean allowNational) {
        if (ref == null || ref.isBlank() || (allowNational && "national".equals(ref))) {
            return;
        }
        if (!zones.exists(ref)) {
            throw new BadRequestException(parameter, "'" + ref + "' is not a zone id (an FTZ id such as shanghai, or ftz/subzone"
                    + (allowNational ? ", or national" : "") + ")");
        }
    }
}
