package org.ftzobservatory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The search benchmark's generator (bench SearchBenchmark) segments each distinct sentence of the real summaries once
 * and joins the tokens of the sentences it draws, instead of segmenting every synthetic summary. That gives the same
 * tokens only if the segmenter cuts each sentence on its own: checked here on the bundled summaries, for every pair of
 * sentences that follow each other in a real summary and for pairs from different summaries, and for the separator the
 * search document puts between its parts (" \n ").
 */
class SentenceSegmentationTest {

    @Test
    void aSentenceIsSegmentedTheSameAloneAndAfterAnother() throws IOException {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        try (Stream<Path> files = Files.list(Path.of("data/innovations"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    String t = line.strip();
                    if (t.startsWith("summary_zh:")) {
                        zh.add(t.substring("summary_zh:".length()).strip());
                    } else if (t.startsWith("summary_en:")) {
                        en.add(t.substring("summary_en:".length()).strip());
                    }
                }
            }
        }
        assertThat(zh).hasSizeGreaterThan(300);
        int pairs = 0;
        List<String> all = new ArrayList<>();
        for (String summary : zh) {
            List<String> sentences = Sentences.zh(summary);
            all.addAll(sentences);
            for (int i = 1; i < sentences.size(); i++) {
                check(sentences.get(i - 1), sentences.get(i), "");
                pairs++;
            }
        }
        for (String summary : en) {
            List<String> sentences = Sentences.en(summary);
            for (int i = 1; i < sentences.size(); i++) {
                check(sentences.get(i - 1), sentences.get(i), " ");
                pairs++;
            }
        }
        for (int i = 1; i < all.size(); i += 7) {
            check(all.get(i), all.get((i * 31) % all.size()), "");
            pairs++;
        }
        for (int i = 0; i < Math.min(zh.size(), en.size()); i++) {
            check(zh.get(i), en.get(i), " \n ");
            check(en.get(i), zh.get(i), " \n ");
        }
        assertThat(pairs).isGreaterThan(500);
    }

    private static void check(String a, String b, String separator) {
        List<String> joined = new ArrayList<>(ChineseSegmenter.tokens(a));
        joined.addAll(ChineseSegmenter.tokens(b));
        assertThat(ChineseSegmenter.tokens(a + separator + b)).as(a + separator + b).isEqualTo(joined);
    }
}
