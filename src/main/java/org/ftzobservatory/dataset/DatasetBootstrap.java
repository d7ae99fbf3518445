package org.ftzobservatory.dataset;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On {@code serve}, loads the bundled dataset on first start and whenever its content changed. */
@Component
@ConditionalOnProperty(name = "ftz.import-on-start", havingValue = "true")
@Order(0)
public class DatasetBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DatasetBootstrap.class);
    private final DatasetService service;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> rows = new ConcurrentHashMap<>();

    public DatasetBootstrap(DatasetService service, MeterRegistry meters) {
        this.service = service;
        this.meters = meters;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            Timer.Sample sample = Timer.start(meters);
            DatasetService.ImportResult r = service.importBundledIfChanged(msg -> log.info("dataset import: {}", msg));
            // ftz_dataset_import_seconds{outcome}: how long a start spent on the dataset; ftz_dataset_rows{table}.
            sample.stop(meters.timer("ftz.dataset.import", "outcome", r.imported() ? "imported" : "unchanged"));
            r.counts().forEach((table, n) -> rows.computeIfAbsent(table, t -> {
                AtomicLong holder = new AtomicLong();
                Gauge.builder("ftz.dataset.rows", holder, AtomicLong::get).tag("table", t).register(meters);
                return holder;
            }).set(n));
            log.info(r.imported() ? "Imported dataset {} {}" : "Dataset {} already loaded {}", r.version(), r.counts());
        } catch (InvalidDatasetException e) {
            // Serve what the database already holds rather than nothing; the curator sees every problem in the log.
            e.problems().forEach(p -> log.error("dataset problem: {}", p));
            log.error("The bundled dataset has {} problem(s) and was NOT imported; the previously loaded data is served.",
                    e.problems().size());
        }
    }
}
