package org.ftzobservatory.security;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security handles the POST) and the signed-in official's own page. */
@Controller
public class LoginController {

    @GetMapping("/login")
    public String login() {
        return "login";
    }

    @GetMapping("/me")
    public String me(Model model) {
        model.addAttribute("official", CurrentOfficial.get().orElse(null));
        return "me";
    }
}
