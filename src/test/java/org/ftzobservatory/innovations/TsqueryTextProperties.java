package org.ftzobservatory.innovations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The facet cache reads each cached search as PostgreSQL prints its tsquery and evaluates it on a case's words
 * ({@link SearchFacetCache.Expr}). A query tree printed the way {@code tsqueryout} prints it must parse back to the same
 * truth value for every set of words; a phrase operator is never true on the position-less vectors.
 */
class TsqueryTextProperties {

    /** A query tree: a lexeme, or an operator (&amp;, |, &lt;-&gt;) over two trees. */
    record Node(String lexeme, String op, Node left, Node right) {

        boolean eval(Set<String> words) {
            return switch (op == null ? "" : op) {
                case "" -> words.contains(lexeme);
                case "&" -> left.eval(words) && right.eval(words);
                case "|" -> left.eval(words) || right.eval(words);
                default -> false; // a phrase on a vector without positions
            };
        }

        /** As tsqueryout prints: quotes doubled, backslashes escaped, an OR under an AND or phrase in parentheses. */
        String print(String parentOp) {
            if (op == null) {
                return "'" + lexeme.replace("\\", "\\\\").replace("'", "''") + "'";
            }
            String s = left.print(op) + " " + op + " " + right.print(op);
            return op.equals("|") && parentOp != null && !parentOp.equals("|") ? "( " + s + " )" : s;
        }
    }

    @Provide
    Arbitrary<Node> trees() {
        Arbitrary<String> lexeme = Arbitraries.of("海关", "custom", "保税", "维修", "a'b", "c\\d", "bondmainten", "x");
        return Arbitraries.recursive(() -> lexeme.map(l -> new Node(l, null, null, null)),
                t -> Arbitraries.of("&", "|", "<->", "<2>").flatMap(op -> t.flatMap(l -> t.map(r -> new Node(null, op, l, r)))),
                0, 4);
    }

    @Provide
    Arbitrary<Set<String>> words() {
        return Arbitraries.of("海关", "custom", "保税", "维修", "a'b", "c\\d", "bondmainten", "x", "other").set().ofMaxSize(9);
    }

    @Property
    void aPrintedQueryEvaluatesAsTheTree(@ForAll("trees") Node tree, @ForAll("words") Set<String> words) {
        SearchFacetCache.Leaves leaves = new SearchFacetCache.Leaves();
        SearchFacetCache.Expr e = SearchFacetCache.Expr.parse(tree.print(null), leaves);
        assertThat(e).isNotNull();
        List<String> byId = new ArrayList<>(leaves.ids.keySet());
        for (Map.Entry<String, Integer> m : leaves.ids.entrySet()) {
            byId.set(m.getValue(), m.getKey());
        }
        assertThat(e.test(id -> words.contains(byId.get(id)))).as(tree.print(null)).isEqualTo(tree.eval(words));
    }

    @Example
    void aNegationIsLeftToTheLiveCount() {
        assertThat(SearchFacetCache.Expr.parse("'a' & !'b'", new SearchFacetCache.Leaves())).isNull();
        assertThat(SearchFacetCache.Expr.parse("", new SearchFacetCache.Leaves())).isNull();
    }
}
