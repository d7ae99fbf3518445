package org.ftzobservatory.kernel;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shared model for the server-rendered pages (language-switch links) and their error pages: an unknown id renders the
 * friendly 404 page, a bad filter the 400 page, each saying the problem in words in the reader's language; neither
 * ever shows a stack trace or JSON (the API under /api/v1 keeps problem details).
 */
@ControllerAdvice(annotations = Controller.class)
// Before Spring's problem-details handler (spring.mvc.problemdetails.enabled), which would answer pages with JSON;
// after ApiProblemHandler, which keeps the API's problem details.
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class WebPageAdvice {

    private final MessageSource messages;
    private final LocaleResolver locales;

    public WebPageAdvice(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    @ModelAttribute
    void languageLinks(HttpServletRequest request, Model model) {
        model.addAttribute("langEnUrl", withLang(request, "en"));
        model.addAttribute("langZhUrl", withLang(request, "zh"));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(404);
        languageLinks(request, model);
        model.addAttribute("detail", text(request, "error.404.record", request.getRequestURI()));
        return "error/404";
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class,
            MissingServletRequestParameterException.class})
    String badRequest(Exception e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(400);
        languageLinks(request, model);
        String detail;
        if (e instanceof MethodArgumentTypeMismatchException m) {
            detail = text(request, "error.400.value", parameter(request, m.getName()), String.valueOf(m.getValue()));
        } else if (e instanceof MissingServletRequestParameterException m) {
            detail = text(request, "error.400.missing", parameter(request, m.getParameterName()));
        } else {
            BadRequestException b = (BadRequestException) e;
            String value = request.getParameter(b.parameter());
            detail = value == null ? text(request, "error.400.missing", parameter(request, b.parameter()))
                    : text(request, "error.400.value", parameter(request, b.parameter()), value);
        }
        model.addAttribute("detail", detail);
        return "error/400";
    }

    /** The filter's name as the page labels it (error.param.NAME), else the parameter itself. */
    private String parameter(HttpServletRequest request, String name) {
        return messages.getMessage("error.param." + name, null, name, locale(request));
    }

    private String text(HttpServletRequest request, String key, Object... args) {
        return messages.getMessage(key, args, locale(request));
    }

    private Locale locale(HttpServletRequest request) {
        return locales.resolveLocale(request);
    }

    /** The page's address with another language; on an error page, the address that failed rather than /error. */
    static String withLang(HttpServletRequest request, String lang) {
        Object failed = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = failed != null ? failed.toString() : request.getRequestURI();
        String query = failed != null ? null : request.getQueryString();
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", lang)
                .build().toUriString();
    }
}
