package org.ftzobservatory.cli;

import java.io.PrintStream;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.ftzobservatory.access.AccessChecker;
import org.ftzobservatory.access.BundledLists;
import org.ftzobservatory.access.IndustryClassification;
import org.ftzobservatory.access.NegativeListData;
import org.ftzobservatory.access.NegativeListService;
import org.ftzobservatory.dataset.DatasetService;
import org.ftzobservatory.kernel.FtzPaths;
import org.springframework.context.ConfigurableApplicationContext;

import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * The negative lists a read-only access command answers from: the bundled files, read without Spring or a database (the
 * default, fast), or with {@code --stored} the lists as the database serves them, including measures officials imported.
 * {@code json} writes the way the application's mapper does (snake_case, no null values); {@code context} is the Spring
 * context to close afterwards, if one was started.
 */
record ListsAtHand(AccessChecker checker, NegativeListData data, IndustryClassification classification, ObjectMapper json,
                   ConfigurableApplicationContext context) implements AutoCloseable {

    static ListsAtHand bundled(FtzPaths paths) {
        BundledLists lists = BundledLists.load(paths);
        ObjectMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .changeDefaultPropertyInclusion(i -> i.withValueInclusion(JsonInclude.Include.NON_NULL)
                        .withContentInclusion(JsonInclude.Include.NON_NULL)).build();
        return new ListsAtHand(lists.checker(), lists.data(), lists.classification(), json, null);
    }

    /** The served lists; a fresh database gets the bundled dataset (the lists need its zones) and lists first. */
    static ListsAtHand stored(ConfigurableApplicationContext ctx, PrintStream err) {
        try {
            ctx.getBean(DatasetService.class).importBundledIfChanged(msg -> err.println("  " + msg));
            NegativeListService lists = ctx.getBean(NegativeListService.class);
            lists.syncBundled(msg -> err.println("  negative lists: " + msg));
            return new ListsAtHand(lists.checker(), lists.data(), lists.classification(), ctx.getBean(ObjectMapper.class), ctx);
        } catch (RuntimeException e) {
            ctx.close();
            throw e;
        }
    }

    @Override
    public void close() {
        if (context != null) {
            context.close();
        }
    }
}
