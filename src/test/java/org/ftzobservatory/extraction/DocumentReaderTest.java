package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

class DocumentReaderTest {

    private final DocumentReader reader = new DocumentReader();

    @Test
    void plainTextKeepsItsOwnCharactersSoOffsetsAreFileOffsets() {
        String text = "（国发〔2021〕12 号）\n\n2130 亿元";
        assertThat(reader.read(text.getBytes(StandardCharsets.UTF_8), "notice.txt")).isEqualTo(text);
    }

    @Test
    void gbkTextIsDecoded() {
        String text = "商务部印发《关于推进自由贸易试验区贸易投资便利化改革创新的若干措施》的通知，国发〔2021〕12号。"
                + "全国 21 家自贸试验区实际使用外资 2130 亿元。";
        assertThat(reader.read(text.getBytes(Charset.forName("GBK")), "notice.txt")).isEqualTo(text);
    }

    @Test
    void htmlGivesItsText() {
        String html = "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>《若干措施》（国发〔2021〕12 号）</p>"
                + "<p>增长 19%</p></body></html>";
        String text = reader.read(html.getBytes(StandardCharsets.UTF_8), "notice.html");
        assertThat(text).contains("国发〔2021〕12 号").contains("增长 19%").doesNotContain("<p>");
    }

    @Test
    void docxGivesItsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createParagraph().createRun().setText("商务部等 8 部门印发通知（商自贸发〔2021〕224 号）");
            doc.write(out);
        }
        Extraction x = Engines.ENGINE.extract("n.docx", reader.read(out.toByteArray(), "n.docx"));
        assertThat(x.docNumbers()).singleElement().satisfies(d -> assertThat(d.number().normalized()).isEqualTo("商自贸发〔2021〕224号"));
    }

    @Test
    void pdfGivesItsText() throws Exception {
        String text = reader.read(pdf(null), "report.pdf");
        assertThat(text).contains("FTZ growth 19% in 2021");
    }

    @Test
    void anEncryptedPdfIsRejectedAsEncrypted() throws Exception {
        byte[] locked = pdf("secret");
        assertThatThrownBy(() -> reader.read(locked, "locked.pdf"))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining("encrypted");
    }

    @Test
    void aCorruptPdfIsRejectedAsCorrupt() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF"
                .getBytes(StandardCharsets.US_ASCII);
        assertThatThrownBy(() -> reader.read(broken, "broken.pdf"))
                .isInstanceOf(RejectedDocumentException.class).hasMessageMatching("the PDF file (is corrupt or unreadable|has no text layer).*");
    }

    @Test
    void anUnsupportedTypeIsRejectedWithTheAcceptedOnes() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
        assertThatThrownBy(() -> reader.read(png, "scan.png"))
                .isInstanceOf(RejectedDocumentException.class)
                .hasMessage("unsupported file type image/png; accepted: TXT, HTML, PDF, DOCX");
    }

    @Test
    void tooLargeAndTooSlowDocumentsAreRejected() {
        Ingestion small = new Ingestion(Engines.ENGINE, reader, new IngestLimits(10, Duration.ofSeconds(5)));
        assertThatThrownBy(() -> small.stream(new ByteArrayInputStream("国发〔2021〕12 号".getBytes(StandardCharsets.UTF_8)), "-", s -> { }))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining("size limit");
        Ingestion slow = new Ingestion(Engines.ENGINE, reader, new IngestLimits(1L << 30, Duration.ofMillis(1)));
        byte[] big = "2021 年 9 月 6 日，上海自贸试验区临港新片区实际使用外资 2130 亿元。\n".repeat(100_000).getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> slow.stream(new ByteArrayInputStream(big), "-", s -> { }))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining("time limit");
    }

    @Test
    void sizesAndDurationsParse() {
        assertThat(IngestLimits.parseSize("50MB")).isEqualTo(50L * 1024 * 1024);
        assertThat(IngestLimits.parseSize("512kb")).isEqualTo(512L * 1024);
        assertThat(IngestLimits.parseSize("1000")).isEqualTo(1000);
        assertThat(IngestLimits.parseDuration("60s")).isEqualTo(Duration.ofSeconds(60));
        assertThat(IngestLimits.parseDuration("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThatThrownBy(() -> IngestLimits.parseSize("lots")).isInstanceOf(IllegalArgumentException.class);
    }

    private static byte[] pdf(String password) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(72, 700);
                cs.showText("FTZ growth 19% in 2021");
                cs.endText();
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
