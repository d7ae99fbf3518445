package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

/** Issue 14 §0: a small DOCX whose XML expands enormously is refused while it is unpacked, in words. */
class ZipBombTest {

    /** The content-types part a DOCX needs for Tika to read word/document.xml as Word. */
    static final String CONTENT_TYPES = "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/word/document.xml\" "
            + "ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

    /** A DOCX whose word/document.xml inflates to {@code expandedMb} MB of one repeated run; built chunk by chunk. */
    static byte[] docxBomb(int expandedMb) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"
                    .getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "自贸试验区".repeat(1024 * 1024 / 15).getBytes(StandardCharsets.UTF_8);
            for (int i = 0; i < expandedMb; i++) {
                zip.write(chunk);
            }
            zip.write("</w:t></w:r></w:p></w:body></w:document>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aDocxBombIsRefusedBeforeItsTextIsBuilt() throws IOException {
        byte[] bomb = docxBomb(300);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        assertThatThrownBy(() -> new DocumentReader().read(bomb, "bomb.docx"))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessageContaining("zip bomb")
                .message().doesNotContain("Exception").doesNotContain("org.apache");
    }

    @Test
    void theRatioAloneRefusesABombUnderTheSizeCap() throws IOException {
        byte[] bomb = docxBomb(40);
        assertThatThrownBy(() -> ZipExpansion.check(bomb, "DOCX")).hasMessageContaining("times its size");
    }

    @Test
    void anOrdinaryDocxPassesTheCheck() throws IOException {
        ZipExpansion.check(docxBomb(1), "DOCX");
    }
}
