package org.ftzobservatory.kernel;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Browsers ask for /favicon.ico whatever the page links; the site's icon is an SVG (static/favicon.svg). */
@Controller
class FaviconController {

    @GetMapping("/favicon.ico")
    ResponseEntity<Void> favicon() {
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header("Location", "/favicon.svg").build();
    }
}
