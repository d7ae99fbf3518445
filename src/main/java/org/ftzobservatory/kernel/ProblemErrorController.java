package org.ftzobservatory.kernel;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Errors raised before any controller runs (the firewall refusing {@code %25} or {@code ;} in a path, a query string
 * that is not UTF-8): browsers keep the site's HTML error pages, every other caller gets a problem detail instead of
 * Spring's default JSON, which has neither a detail nor the problem type the API documents.
 */
@Controller
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET) // the CLI's context has no error pages
@RequestMapping("${server.error.path:/error}")
class ProblemErrorController extends BasicErrorController {

    ProblemErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
        super(errorAttributes, new ErrorProperties(), resolvers);
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Object path = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", status == HttpStatus.BAD_REQUEST ? "https://ftz-observatory.org/problems/malformed-request"
                : "about:blank");
        body.put("title", status.getReasonPhrase());
        body.put("status", status.value());
        body.put("detail", detail(status));
        if (path != null) {
            body.put("instance", path.toString());
        }
        if (status == HttpStatus.BAD_REQUEST) {
            // Refused before routing, so no parameter of an endpoint can be named: the address itself is the bad input.
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("parameter", "path");
            error.put("message", detail(status));
            body.put("errors", List.of(error));
        }
        RequestIds.current(request).ifPresent(id -> body.put("request_id", id));
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
    }

    static String detail(HttpStatus status) {
        return switch (status) {
            case BAD_REQUEST -> "The address or its query string is malformed: encoded '/', '\\', '%' or NUL, ';' and"
                    + " control characters are refused in a path, and query values must be valid UTF-8.";
            case NOT_FOUND -> "Nothing is served at this address.";
            case SERVICE_UNAVAILABLE -> "The service is starting or its database is unavailable; try again shortly.";
            default -> status.is5xxServerError() ? "The server could not answer this request; the error has been logged."
                    : status.getReasonPhrase();
        };
    }
}
