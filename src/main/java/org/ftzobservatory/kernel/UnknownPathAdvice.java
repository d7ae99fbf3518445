package org.ftzobservatory.kernel;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.util.Map;

import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An address no controller serves: the API answers a problem detail, every other path the site's 404 page in the
 * reader's language. Needed because such requests reach no controller, so the page advice never sees them.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
class UnknownPathAdvice {

    private final MessageSource messages;
    private final LocaleResolver locales;

    UnknownPathAdvice(MessageSource messages, LocaleResolver locales) {
        this.messages = messages;
        this.locales = locales;
    }

    // NoHandlerFoundException since static files have their own paths (WebConfig): an unknown page no longer falls
    // through to a "/**" resource handler, so the dispatcher itself reports that nothing serves it.
    @ExceptionHandler({NoResourceFoundException.class, NoHandlerFoundException.class})
    Object unknownPath(Exception e, HttpServletRequest request, HttpServletResponse response) {
        String path = request.getRequestURI();
        // No handler means no interceptor either, so ?lang= is applied here (WebConfig's LocaleChangeInterceptor).
        String lang = request.getParameter("lang");
        if ("en".equals(lang) || "zh".equals(lang)) {
            locales.setLocale(request, response, org.springframework.util.StringUtils.parseLocale(lang));
        }
        if (path.startsWith("/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "No API resource at " + path);
            p.setTitle("Not found");
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(p);
        }
        ModelAndView page = new ModelAndView("error/404", Map.of(
                "detail", messages.getMessage("error.404.path", new Object[] {path}, locales.resolveLocale(request)),
                "langEnUrl", WebPageAdvice.withLang(request, "en"),
                "langZhUrl", WebPageAdvice.withLang(request, "zh")), HttpStatus.NOT_FOUND);
        return page;
    }
}
