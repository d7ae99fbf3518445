package org.ftzobservatory.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cuts a document's text into plain and highlighted pieces from the candidates' offsets, for the curator view. Pieces
 * are text only (the template escapes them); spans that overlap an earlier, longer span stay unhighlighted in the text
 * but are still listed. The pieces, joined, are exactly the original text.
 */
public final class Highlighter {

    /** A piece of the text; {@code type} and {@code candidateId} are null for plain text. */
    public record Piece(String text, String type, Long candidateId, String status) {
        public boolean marked() {
            return type != null;
        }
    }

    private Highlighter() {
    }

    public static List<Piece> pieces(String text, List<Candidate> candidates) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(Comparator.comparingInt(Candidate::start).thenComparing(Comparator.comparingInt(Candidate::end).reversed()));
        List<Piece> out = new ArrayList<>();
        int at = 0;
        for (Candidate c : sorted) {
            if (c.start() < at || c.end() > text.length() || c.start() >= c.end()) {
                continue;
            }
            if (c.start() > at) {
                out.add(new Piece(text.substring(at, c.start()), null, null, null));
            }
            out.add(new Piece(text.substring(c.start(), c.end()), c.type(), c.id(), c.status()));
            at = c.end();
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), null, null, null));
        }
        return out;
    }
}
