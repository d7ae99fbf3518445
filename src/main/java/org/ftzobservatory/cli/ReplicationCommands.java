package org.ftzobservatory.cli;

import java.io.PrintStream;
import java.util.Map;
import java.util.function.Supplier;

import org.ftzobservatory.kernel.BadRequestException;
import org.ftzobservatory.replication.Bulletins;
import org.springframework.context.ConfigurableApplicationContext;

/** {@code bulletin}: the supervision bulletin of a province and period, as markdown or HTML. */
final class ReplicationCommands {

    private final PrintStream out;
    private final PrintStream err;

    ReplicationCommands(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int demo(java.util.List<String> rest, Supplier<ConfigurableApplicationContext> context) {
        String sub = rest.isEmpty() ? "" : rest.get(0);
        if (!sub.equals("load") && !sub.equals("clear")) {
            err.println("ftz demo: use 'demo load' (a simulated replication ledger, labelled synthetic everywhere) or 'demo clear'");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            var demo = ctx.getBean(org.ftzobservatory.replication.DemoLedger.class);
            var tasks = ctx.getBean(org.ftzobservatory.tasks.DemoTasks.class);
            if (sub.equals("load")) {
                out.println("demo ledger: " + demo.load(20211231L) + " synthetic tasks written (labelled synthetic wherever shown)");
                out.println("demo pilot-task ledger: " + tasks.load(20211231L) + " synthetic pilot tasks written (labelled synthetic)");
            } else {
                out.println("demo ledger: " + demo.clear() + " synthetic tasks removed");
                out.println("demo pilot-task ledger: " + tasks.clear() + " synthetic pilot tasks removed");
            }
            return FtzCli.OK;
        }
    }

    int bulletin(Map<String, String> o, Supplier<ConfigurableApplicationContext> context) {
        String format = o.getOrDefault("format", "md");
        if (!format.equals("md") && !format.equals("html")) {
            err.println("ftz bulletin: format: must be md or html");
            return FtzCli.BAD_INPUT;
        }
        if (o.get("province") == null || o.get("period") == null) {
            err.println("ftz bulletin: give --province ID and --period YYYY-Qn (or YYYY-MM, YYYY)");
            return FtzCli.BAD_INPUT;
        }
        try (ConfigurableApplicationContext ctx = context.get()) {
            Bulletins bulletins = ctx.getBean(Bulletins.class);
            Bulletins.Bulletin b = bulletins.build(o.get("province"), o.get("period"));
            out.print(format.equals("md") ? bulletins.markdown(b) : bulletins.html(b));
            return FtzCli.OK;
        } catch (BadRequestException e) {
            err.println("ftz bulletin: " + e.parameter() + ": " + e.getMessage());
            return FtzCli.BAD_INPUT;
        }
    }
}
