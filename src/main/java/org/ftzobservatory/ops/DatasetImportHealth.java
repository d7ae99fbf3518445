package org.ftzobservatory.ops;

import org.ftzobservatory.dataset.DatasetImporter;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Part of readiness: down while no dataset is loaded, or while an import (this node's, another node's, or
 * {@code ./ftz import}) holds the import lock, so a load balancer sends no traffic to a node during a re-import.
 */
@Component("dataset")
class DatasetImportHealth implements HealthIndicator {

    private final JdbcTemplate jdbc;

    DatasetImportHealth(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Health health() {
        Boolean importing = jdbc.queryForObject("select exists (select 1 from pg_locks where locktype = 'advisory'"
                + " and granted and classid::bigint = ? and objid::bigint = ? and objsubid = 1)", Boolean.class,
                DatasetImporter.IMPORT_LOCK >>> 32, DatasetImporter.IMPORT_LOCK & 0xffffffffL);
        if (Boolean.TRUE.equals(importing)) {
            return Health.outOfService().withDetail("reason", "a dataset import holds the lock").build();
        }
        var version = jdbc.queryForList("select version from dataset_meta", String.class);
        return version.isEmpty() ? Health.outOfService().withDetail("reason", "no dataset loaded yet").build()
                : Health.up().withDetail("version", version.get(0)).build();
    }
}
