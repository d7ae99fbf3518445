package org.ftzobservatory.kernel;

import java.net.URI;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** RFC 9457 problem details for the REST API. A bad parameter is named in {@code errors}; internals are never shown. */
@RestControllerAdvice(annotations = ApiController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiProblemHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblemHandler.class);

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        ProblemDetail p = parameterProblem(e.parameter(), e.getMessage());
        if (e.fields().size() > 1) {
            p.setProperty("errors", e.fields().stream().map(f -> Map.of("parameter", f.parameter(), "message", f.message())).toList());
        }
        return p;
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        String expected = e.getRequiredType() == null ? "a valid value" : switch (e.getRequiredType().getSimpleName()) {
            case "Integer", "int", "Long", "long" -> "a whole number";
            default -> "a valid " + e.getRequiredType().getSimpleName();
        };
        return parameterProblem(e.getName(), "'" + e.getValue() + "' is not " + expected);
    }

    /** A body that is not JSON, or JSON of the wrong shape: the field it fails on is named, the parser's words are not. */
    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadableBody(HttpMessageNotReadableException e) {
        BodyProblem problem = BodyProblem.of(e);
        return parameterProblem(problem.field(), problem.message());
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return parameterProblem(e.getParameterName(), "is required");
    }

    @ExceptionHandler(InvalidDatasetException.class)
    ProblemDetail invalidData(InvalidDatasetException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.problems().size()
                + " problem(s) in the submitted file; nothing was imported");
        p.setTitle("Invalid file");
        p.setType(URI.create("https://ftz-observatory.org/problems/invalid-parameter"));
        p.setProperty("errors", e.problems().stream().map(d -> Map.of("parameter", d.field(), "line", d.line(),
                "message", d.message())).toList());
        return p;
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        p.setTitle("Conflict");
        e.details().forEach(p::setProperty);
        return p;
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.FORBIDDEN, e.getMessage());
        p.setTitle("Forbidden");
        return p;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        p.setTitle("Not found");
        p.setType(URI.create("https://ftz-observatory.org/problems/not-found"));
        return p;
    }

    @ExceptionHandler(RuntimeException.class)
    ProblemDetail unexpected(RuntimeException e) {
        log.error("API request failed", e);
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR,
                "The server could not answer this request; the error has been logged.");
        p.setTitle("Internal error");
        return p;
    }

    static ProblemDetail parameterProblem(String parameter, String message) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "Invalid parameter '" + parameter + "': " + message);
        p.setTitle("Invalid request parameter");
        p.setType(URI.create("https://ftz-observatory.org/problems/invalid-parameter"));
        p.setProperty("errors", List.of(Map.of("parameter", parameter, "message", message)));
        return p;
    }
}
