package org.ftzobservatory.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Example;

/** The scope grammar: what is written reads back to the same scope, and nothing else escapes as a non-syntax error. */
class ScopeProperties {

    @Provide
    Arbitrary<String> ids() {
        return Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(8)
                .flatMap(head -> Arbitraries.strings().withChars("abc-019").ofMaxLength(5).map(tail -> head + tail));
    }

    @Provide
    Arbitrary<Scope> scopes() {
        Arbitrary<String> id = ids();
        Arbitrary<String> ref = Combinators.combine(id, id, Arbitraries.of(true, false)).as((a, b, sub) -> sub ? a + "/" + b : a);
        Arbitrary<String> name = Arbitraries.strings().withChars("深圳市青岛 Qingdao").ofMinLength(1).ofMaxLength(6)
                .map(String::strip).filter(s -> !s.isEmpty());
        return Arbitraries.oneOf(
                id.map(i -> new Scope(Scope.Kind.ZONE, List.of(i), null, null)),
                Combinators.combine(id, id).as((a, b) -> new Scope(Scope.Kind.SUB_ZONE, List.of(a + "/" + b), null, null)),
                ref.list().ofMinSize(2).ofMaxSize(4).uniqueElements().map(l -> new Scope(Scope.Kind.ZONES, l, null, null)),
                Arbitraries.just(new Scope(Scope.Kind.FTZ_WIDE, List.of(), null, null)),
                id.map(i -> new Scope(Scope.Kind.PROVINCE, List.of(i), null, null)),
                Combinators.combine(id, name, name).as((p, zh, en) -> new Scope(Scope.Kind.CITY, List.of(p), zh, en)),
                id.map(i -> new Scope(Scope.Kind.REGION, List.of(i), null, null)),
                Arbitraries.just(new Scope(Scope.Kind.NATIONAL, List.of(), null, null)));
    }

    @Property
    void formatThenParseGivesTheSameScope(@ForAll("scopes") Scope scope) {
        assertThat(Scope.parse(scope.format())).isEqualTo(scope);
    }

    @Property
    void anyTextEitherParsesOrIsASyntaxError(@ForAll String text) {
        try {
            Scope s = Scope.parse(text);
            assertThat(Scope.parse(s.format())).isEqualTo(s);
        } catch (Scope.SyntaxException expected) {
            assertThat(expected.getMessage()).isNotBlank();
        }
    }

    @Example
    void malformedScopesAreRefused() {
        for (String bad : List.of("", "zone", "zone:", "zones:chongqing", "zones:a+a", "sub-zone:guangdong", "national:x",
                "city:guangdong:深圳市", "planet:mars", "zone:Guangdong", "ftz-wide:all")) {
            assertThatThrownBy(() -> Scope.parse(bad)).as(bad).isInstanceOf(Scope.SyntaxException.class);
        }
    }

    @Example
    void englishListsJoinTheLastWithAnd() {
        assertThat(ScopeRules.englishList(List.of("Chongqing", "Sichuan"))).isEqualTo("Chongqing and Sichuan");
        assertThat(ScopeRules.englishList(List.of("Beijing", "Tianjin", "Hebei"))).isEqualTo("Beijing, Tianjin and Hebei");
    }
}
