package org.ftzobservatory.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every issuer and counting word the bundled documents use has an English name, so English pages never fall back. */
class DocumentLabelsTest {

    static final DocumentLabels LABELS = new DocumentLabels(Path.of("data", DocumentLabels.FILE));

    @Test
    void everyIssuerAndUnitOfTheDatasetHasAnEnglishName() throws IOException {
        Set<String> issuers = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("data/documents"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(f);
                Matcher m = Pattern.compile("issuers: \\[([^\\]]*)\\]").matcher(text);
                while (m.find()) {
                    for (String i : m.group(1).split(",")) {
                        issuers.add(i.trim());
                    }
                }
                Matcher u = Pattern.compile("measure_unit: (\\S+)").matcher(text);
                while (u.find()) {
                    units.add(u.group(1));
                }
            }
        }
        assertThat(issuers).hasSizeGreaterThan(50);
        assertThat(issuers).allSatisfy(i -> assertThat(LABELS.knownIssuers()).as("English name of issuer %s", i).contains(i));
        assertThat(units).allSatisfy(u -> assertThat(LABELS.knownUnits()).as("English counting word for %s", u).contains(u));
    }

    @Test
    void englishModeShowsEnglishNamesAndChineseModeThePrintedOnes() {
        assertThat(LABELS.issuers(java.util.List.of("国家发展改革委", "商务部"), Locale.ENGLISH))
                .isEqualTo("National Development and Reform Commission; Ministry of Commerce");
        assertThat(LABELS.issuers(java.util.List.of("国家发展改革委", "商务部"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("国家发展改革委、商务部");
        assertThat(LABELS.measures(22, "项", Locale.ENGLISH)).isEqualTo("22 items");
        assertThat(LABELS.measures(7, "部", Locale.SIMPLIFIED_CHINESE)).isEqualTo("7 部");
    }
}
