package org.ftzobservatory.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

/** Problem details written by the security filters, before any controller runs. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"status\":" + status + ",\"title\":\"" + title + "\",\"detail\":\""
                + detail.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
    }
}
