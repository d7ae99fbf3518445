package org.ftzobservatory;

import org.ftzobservatory.cli.FtzCli;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** FTZ Observatory (自贸试验区制度创新观测平台). One jar, many subcommands: see {@link FtzCli}. */
@SpringBootApplication
public class FtzApplication {

    public static void main(String[] args) {
        // FTZ_LOG_FORMAT=json: one JSON object per log line (Elastic Common Schema, with the request id from the MDC).
        if ("json".equalsIgnoreCase(System.getenv("FTZ_LOG_FORMAT"))) {
            System.setProperty("logging.structured.format.console", "ecs");
        }
        int code = new FtzCli(System.out, System.err).run(args);
        if (code != FtzCli.KEEP_RUNNING) {
            System.exit(code);
        }
    }
}
