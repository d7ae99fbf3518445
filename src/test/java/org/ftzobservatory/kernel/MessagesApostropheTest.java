package org.ftzobservatory.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

import org.junit.jupiter.api.Test;

/**
 * Apostrophes in messages render as one apostrophe. Spring passes a message through MessageFormat only when it has
 * arguments: there an apostrophe must be doubled ({@code zone''s {0}}), everywhere else written once ({@code China's}).
 */
class MessagesApostropheTest {

    @Test
    void everyMessageShowsItsApostrophesOnce() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties", "messages_zh.properties"}) {
            Properties p = new Properties();
            try (Reader r = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
                p.load(r);
            }
            for (String key : p.stringPropertyNames()) {
                String raw = p.getProperty(key);
                boolean formatted = raw.matches("(?s).*\\{\\d.*");
                String shown = formatted ? new MessageFormat(raw, Locale.ENGLISH).format(new Object[] {1, 2, 3, 4}) : raw;
                assertThat(shown).as("%s: %s", file, key).doesNotContain("''");
                long expected = raw.chars().filter(c -> c == '\'').count() / (formatted ? 2 : 1);
                assertThat(shown.chars().filter(c -> c == '\'').count()).as("%s: %s keeps its apostrophes", file, key).isEqualTo(expected);
            }
        }
    }
}
