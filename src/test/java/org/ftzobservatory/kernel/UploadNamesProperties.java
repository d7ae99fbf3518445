package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;

class UploadNamesProperties {

    @Property(tries = 500)
    void anySentNameIsABareFileNameOrA400NamingTheParameter(
            @ForAll @Chars({'/', '\\', '.', ' ', '\u0000', '\t', '中', 'a', 'b', '-'}) @CharRange(from = 'x', to = 'z') String sent) {
        try {
            String name = UploadNames.fileName("name", sent);
            assertThat(name).isNotBlank().doesNotContain("/").doesNotContain("\\").isNotIn(".", "..");
        } catch (BadRequestException e) {
            assertThat(e.parameter()).isEqualTo("name");
        }
    }
}
