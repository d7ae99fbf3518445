package org.ftzobservatory.dataset;

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

    public DatasetBootstrap(DatasetService service) {
        this.service = service;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            DatasetService.ImportResult r = service.importBundledIfChanged(msg -> log.info("dataset import: {}", msg));
            log.info(r.imported() ? "Imported dataset {} {}" : "Dataset {} already loaded {}", r.version(), r.counts());
        } catch (InvalidDatasetException e) {
            // Serve what the database already holds rather than nothing; the curator sees every problem in the log.
            e.problems().forEach(p -> log.error("dataset problem: {}", p));
            log.error("The bundled dataset has {} problem(s) and was NOT imported; the previously loaded data is served.",
                    e.problems().size());
        }
    }
}
