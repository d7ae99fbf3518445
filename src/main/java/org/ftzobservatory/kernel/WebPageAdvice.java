package org.ftzobservatory.kernel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;


import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Shared model for the server-rendered pages (language-switch links) and their error pages: an unknown id renders the
 * friendly 404 page, a bad filter the 400 page; neither ever shows a stack trace.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class WebPageAdvice {


    @ModelAttribute
    void languageLinks(HttpServletRequest request, Model model) {
        model.addAttribute("langEnUrl", withLang(request, "en"));
        model.addAttribute("langZhUrl", withLang(request, "zh"));
    }

    @ExceptionHandler(NotFoundException.class)
    String notFound(NotFoundException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(404);
        languageLinks(request, model);
        model.addAttribute("detail", e.getMessage());
        return "error/404";
    }

    @ExceptionHandler({BadRequestException.class, MethodArgumentTypeMismatchException.class})
    String badRequest(RuntimeException e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(400);
        languageLinks(request, model);
        String detail = e instanceof BadRequestException b ? b.parameter() + ": " + b.getMessage()
                : ((MethodArgumentTypeMismatchException) e).getName() + ": '" + ((MethodArgumentTypeMismatchException) e).getValue()
                + "' is not a valid value";
        model.addAttribute("detail", detail);
        return "error/400";
    }

    static String withLang(HttpServletRequest request, String lang) {
        String query = request.getQueryString();
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query).replaceQueryParam("lang", lang)
                .build().toUriString();
    }
}
