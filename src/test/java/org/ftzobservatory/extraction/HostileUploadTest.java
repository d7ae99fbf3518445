package org.ftzobservatory.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpServer;

/**
 * Issue 14 §4, uploads: a DOCX declaring external entities does not resolve them (no file read, no request made), a
 * PDF with very many pages or a forged page count is read or refused in one line, and a file over the limit is refused
 * after reading at most one byte past the limit, however long the stream.
 */
class HostileUploadTest {

    @TempDir
    Path tmp;

    private static byte[] docx(String documentXml) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(ZipBombTest.CONTENT_TYPES.getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            zip.write(documentXml.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }

    @Test
    void aDocxWithExternalEntitiesNeitherReadsAFileNorCallsOut() throws Exception {
        Path secret = tmp.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-MARKER");
        AtomicInteger calls = new AtomicInteger();
        HttpServer listener = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        listener.createContext("/", exchange -> {
            calls.incrementAndGet();
            byte[] body = "CALLED-OUT-MARKER".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        listener.start();
        try {
            String url = "http://127.0.0.1:" + listener.getAddress().getPort() + "/x";
            byte[] hostile = docx("<?xml version=\"1.0\"?><!DOCTYPE w:document [<!ENTITY file SYSTEM \"" + secret.toUri()
                    + "\"><!ENTITY net SYSTEM \"" + url + "\"><!ENTITY % param SYSTEM \"" + url + "\"> %param;]>"
                    + "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r>"
                    + "<w:t>上海自贸试验区 &file; &net;</w:t></w:r></w:p></w:body></w:document>");
            String text;
            try {
                text = new DocumentReader().read(hostile, "entities.docx");
            } catch (RejectedDocumentException refused) {
                assertThat(refused.getMessage()).doesNotContain("\n").doesNotContain("TOP-SECRET");
                text = "";
            }
            assertThat(text).doesNotContain("TOP-SECRET-MARKER").doesNotContain("CALLED-OUT-MARKER");
            assertThat(calls.get()).as("requests to the entity's URL").isZero();
        } finally {
            listener.stop(0);
        }
    }

    @Test
    void aPdfOfManyPagesOrAForgedPageCountIsReadOrRefusedInOneLine() throws Exception {
        ByteArrayOutputStream many = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < 3_000; i++) {
                PDPage page = new PDPage();
                doc.addPage(page);
                if (i % 1000 == 0) {
                    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                        s.beginText();
                        s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        s.showText("page " + i);
                        s.endText();
                    }
                }
            }
            doc.save(many);
        }
        String text = new DocumentReader().read(many.toByteArray(), "many.pdf");
        assertThat(text).contains("page 0").contains("page 2000");

        ByteArrayOutputStream forged = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.getPages().getCOSObject().setInt(COSName.COUNT, Integer.MAX_VALUE);
            doc.save(forged);
        }
        assertThatThrownBy(() -> new DocumentReader().read(forged.toByteArray(), "forged.pdf"))
                .isInstanceOf(RejectedDocumentException.class)
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n").doesNotContain("org.apache").doesNotContain("Exception"));
    }

    @Test
    void aStreamOverTheLimitIsRefusedAfterOneByteMore() {
        long limit = 1024 * 1024;
        AtomicInteger read = new AtomicInteger();
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read.incrementAndGet();
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                read.addAndGet(len);
                return len;
            }
        };
        Ingestion ingestion = new Ingestion(Engines.ENGINE, new DocumentReader(), new IngestLimits(limit, Duration.ofSeconds(60)));
        assertThatThrownBy(() -> ingestion.stream(endless, "-", s -> { }))
                .isInstanceOf(RejectedDocumentException.class).hasMessageContaining("larger than the size limit of");
        assertThat(read.get()).as("bytes read from the stream").isLessThanOrEqualTo((int) limit + 1);
    }
}
