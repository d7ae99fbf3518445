package org.ftzobservatory.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the document's structure: case boxes (专栏 3-1, also printed "3-1 专栏") and section headings (一、 （一） 1．
 * at the start of a short line, levels from the rules), so that candidates can be grouped into case drafts:
 * {@link #enclosing} gives the innermost element whose region holds an offset.
 */
public final class StructureExtractor {

    private final ExtractionRules rules;

    public StructureExtractor(ExtractionRules rules) {
        this.rules = rules;
    }

    public List<Mentions.Structure> extract(NormalizedText nt) {
        String t = nt.text();
        Matcher[] boxes = rules.caseBox.stream().map(p -> p.matcher("")).toArray(Matcher[]::new);
        List<Mentions.Structure> out = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < t.length()) {
            int lineEnd = t.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = t.length();
            }
            String line = t.substring(lineStart, lineEnd);
            // a line may hold several boxes; the pattern that reads the most of them wins (3-15 专栏 3-16 专栏). A box label
            // stands on a short line of its own (the normaliser keeps such lines apart); in running text it is a reference.
            List<int[]> best = List.of();
            boolean mayBeBox = line.length() <= rules.maxHeadingChars && rules.mayBeCaseBox(line);
            for (int k = 0; k < boxes.length && mayBeBox; k++) {
                List<int[]> hits = new ArrayList<>();
                Matcher m = boxes[k].reset(line);
                while (m.find()) {
                    hits.add(new int[] {m.start(), m.end(), m.start(1), m.end(1)});
                }
                if (hits.size() > best.size()) {
                    best = hits;
                }
            }
            for (int[] h : best) {
                String label = line.substring(h[2], h[3]).replaceAll("\\s+", "");
                out.add(new Mentions.Structure(nt.span(lineStart + h[0], lineStart + h[1]), "case_box", 0, label, null));
            }
            boolean box = !best.isEmpty();
            if (!box && !line.isEmpty() && line.length() <= rules.maxHeadingChars) {
                for (ExtractionRules.HeadingRule h : rules.headings) {
                    Matcher m = h.pattern().matcher(line);
                    if (m.lookingAt()) {
                        String title = line.substring(m.end()).trim();
                        String marker = nt.span(lineStart, lineStart + m.end()).raw().trim();
                        out.add(new Mentions.Structure(nt.span(lineStart, lineEnd), "heading", h.level(), marker,
                                title.isEmpty() ? null : title));
                        break;
                    }
                }
            }
            lineStart = lineEnd + 1;
        }
        return out;
    }

    /**
     * The innermost structure element whose region holds {@code originalOffset}: a case box runs to the next case box or
     * heading; a heading to the next heading of the same or a higher level. Null before the first element.
     */
    public static Mentions.Structure enclosing(List<Mentions.Structure> elements, int originalOffset) {
        Mentions.Structure best = null;
        for (int i = 0; i < elements.size(); i++) {
            Mentions.Structure e = elements.get(i);
            if (e.span().start() > originalOffset) {
                break;
            }
            int end = Integer.MAX_VALUE;
            for (int j = i + 1; j < elements.size(); j++) {
                Mentions.Structure n = elements.get(j);
                boolean closes = e.kind().equals("case_box") || (n.kind().equals("heading") && n.level() <= e.level());
                if (closes) {
                    end = n.span().start();
                    break;
                }
            }
            if (originalOffset < end) {
                best = e;
            }
        }
        return best;
    }
}
