package org.ftzobservatory.chronicle;

import org.ftzobservatory.kernel.Paging;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class ChronicleController {

    private final ChronicleRepository chronicle;

    ChronicleController(ChronicleRepository chronicle) {
        this.chronicle = chronicle;
    }

    @GetMapping("/chronicle")
    String chronicle(Model model) {
        model.addAttribute("events", chronicle.search(null, null, new Paging(1, Paging.MAX_SIZE)).items());
        return "chronicle";
    }
}
