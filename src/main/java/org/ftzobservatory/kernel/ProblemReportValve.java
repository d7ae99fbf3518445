package org.ftzobservatory.kernel;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat refuses some requests before the application sees them (an encoded '/' or '\' or NUL in the path, a request
 * line over the header limit). Its default report is an HTML page naming Tomcat; this one is a problem detail.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus http = HttpStatus.resolve(status);
        String detail = http == null ? "The request could not be handled." : ProblemErrorController.detail(http);
        String title = http == null ? "Error" : http.getReasonPhrase();
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer w = response.getReporter();
            if (w != null) {
                String quoted = detail.replace("\\", "\\\\");
                // A 400 here is about the request line itself (path or its length): named "url", as API clients expect a name.
                String errors = status == 400 ? ",\"errors\":[{\"parameter\":\"url\",\"message\":\"" + quoted + "\"}]" : "";
                w.write("{\"type\":\"https://ftz-observatory.org/problems/malformed-request\",\"title\":\"" + title
                        + "\",\"status\":" + status + ",\"detail\":\"" + quoted + "\"" + errors + "}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the response was committed: nothing more can be said
        }
    }
}
