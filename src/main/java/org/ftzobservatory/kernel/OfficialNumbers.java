package org.ftzobservatory.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Finds official document numbers (文号, e.g. 国发〔2021〕12号, 商务部令〔2021〕3号) inside English text, so pages can mark them
 * {@code lang="zh"}: a 文号 is the document's official identifier and has no English version, so it is quoted as printed.
 */
@Component("officialNumbers")
public class OfficialNumbers {

    private static final Pattern NUMBER = Pattern.compile("[\\p{IsHan}]+[〔\\[［]\\d{4}[〕\\]］]\\d+号");

    /** A piece of text; {@code number} when it is a document number. */
    public record Segment(String text, boolean number) {
    }

    public List<Segment> segments(String text) {
        List<Segment> out = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return out;
        }
        Matcher m = NUMBER.matcher(text);
        int at = 0;
        while (m.find()) {
            if (m.start() > at) {
                out.add(new Segment(text.substring(at, m.start()), false));
            }
            out.add(new Segment(m.group(), true));
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Segment(text.substring(at), false));
        }
        return out;
    }
}
