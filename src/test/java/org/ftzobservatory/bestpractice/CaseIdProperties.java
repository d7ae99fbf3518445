package org.ftzobservatory.bestpractice;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.NumericChars;
import net.jqwik.api.constraints.StringLength;

/** The batch form's case field takes a case id or a case page's address, as an official may paste either. */
class CaseIdProperties {

    @Property
    void anIdAndItsPageAddressGiveTheSameCase(@ForAll @AlphaChars @NumericChars @StringLength(min = 1, max = 40) String id,
                                              @ForAll @AlphaChars @StringLength(max = 12) String host,
                                              @ForAll @AlphaChars @StringLength(max = 8) String query) {
        String caseId = id.toLowerCase() + "-case";
        assertThat(BatchPages.caseId(caseId)).isEqualTo(caseId);
        assertThat(BatchPages.caseId("  " + caseId + " ")).isEqualTo(caseId);
        assertThat(BatchPages.caseId("http://" + host + "/innovations/" + caseId)).isEqualTo(caseId);
        assertThat(BatchPages.caseId("/innovations/" + caseId + "?lang=" + query)).isEqualTo(caseId);
    }
}
