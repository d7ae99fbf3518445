package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Issue 14 §0: text files with NUL or broken UTF-8 are refused or read in words, never passed on to PostgreSQL. */
class HostileTextTest {

    @Test
    void aTextFileWithNulIsRefusedInWords() {
        byte[] bytes = "中国（上海）自由贸易试验区\u0000管理办法".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new DocumentReader().read(bytes, "nul.txt"))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining("NUL");
    }

    @Test
    void brokenUtf8IsReadWithoutNul() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes("上海自贸试验区 2013 年设立".getBytes(StandardCharsets.UTF_8));
        b.writeBytes(new byte[] {(byte) 0xFF, (byte) 0xFE, (byte) 0xC0, (byte) 0xAF});
        b.writeBytes("临港新片区".getBytes(StandardCharsets.UTF_8));
        try {
            String text = new DocumentReader().read(b.toByteArray(), "broken.txt");
            assertThat(text).doesNotContain("\u0000");
        } catch (RejectedDocumentException e) {
            assertThat(e.getMessage()).doesNotContain("Exception");
        }
    }
}
