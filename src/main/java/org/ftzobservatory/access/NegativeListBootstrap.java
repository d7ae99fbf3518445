package org.ftzobservatory.access;

import org.ftzobservatory.kernel.InvalidDatasetException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** On {@code serve}, after the dataset (the lists need its zones): applies bundled list files that changed, then compiles the engine. */
@Component
@ConditionalOnProperty(name = "ftz.import-on-start", havingValue = "true")
@Order(10)
public class NegativeListBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(NegativeListBootstrap.class);
    private final NegativeListService lists;

    public NegativeListBootstrap(NegativeListService lists) {
        this.lists = lists;
    }

    @Override
    public void run(ApplicationArguments args) {
        try {
            lists.syncBundled(msg -> log.info("negative lists: {}", msg));
            log.info("Negative lists ready: {} measures", lists.data().measures().size());
        } catch (InvalidDatasetException e) {
            e.problems().forEach(p -> log.error("negative-list problem: {}", p));
            log.error("The bundled negative lists have {} problem(s) and were NOT applied; the stored measures are served.",
                    e.problems().size());
        }
    }
}
