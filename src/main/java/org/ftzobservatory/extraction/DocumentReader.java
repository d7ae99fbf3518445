package org.ftzobservatory.extraction;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.txt.CharsetDetector;
import org.apache.tika.parser.txt.CharsetMatch;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Reads a document's text through Apache Tika: plain text, HTML, PDF and DOCX. Plain text is decoded as it is (UTF-8,
 * else the charset Tika detects), so offsets are offsets in the file's own text; for the other types the original text
 * is the text Tika extracts. Anything else, an encrypted or a corrupt file, is rejected with a one-line reason.
 */
public final class DocumentReader {

    /** Accepted media types and how we name them in messages. */
    private static final Map<String, String> ACCEPTED = Map.of(
            "text/plain", "TXT",
            "text/html", "HTML",
            "application/xhtml+xml", "HTML",
            "application/pdf", "PDF",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX");

    static final int MAX_TEXT_CHARS = 50_000_000;

    private final Detector detector = new DefaultDetector();
    private final Parser parser = new AutoDetectParser();

    /** The text of {@code bytes}, named {@code name} (a file name helps type detection; may be null). */
    public String read(byte[] bytes, String name) {
        MediaType type = detect(bytes, name);
        String kind = ACCEPTED.get(type.getBaseType().toString());
        if (kind == null) {
            throw new RejectedDocumentException("unsupported file type " + type.getBaseType() + "; accepted: TXT, HTML, PDF, DOCX");
        }
        if (kind.equals("TXT")) {
            return withoutNul(decodeText(bytes), kind);
        }
        if (kind.equals("DOCX")) {
            ZipExpansion.check(bytes, kind);
        }
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        // The text may not outgrow what a document of the accepted size could honestly hold.
        BodyContentHandler handler = new BodyContentHandler(MAX_TEXT_CHARS);
        try (InputStream in = TikaInputStream.get(bytes, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new RejectedDocumentException("the " + kind + " file is encrypted (password-protected); give an unprotected copy", e);
        } catch (WriteLimitReachedException e) {
            throw new RejectedDocumentException("the " + kind + " file's text is too long", e);
        } catch (TikaException | SAXException | IOException | RuntimeException e) {
            // The parser's message names internals (classes, limits of libraries); the caller gets words, the cause is kept.
            throw new RejectedDocumentException("the " + kind + " file is corrupt or unreadable", e);
        }
        String text = handler.toString();
        if (text.isBlank() && kind.equals("PDF")) {
            throw new RejectedDocumentException("the PDF file has no text layer (a scan?); it needs OCR first");
        }
        return withoutNul(text, kind);
    }

    /** PostgreSQL cannot store U+0000 in text; a document holding it is refused in words, not by a database error. */
    private static String withoutNul(String text, String kind) {
        int at = text.indexOf('\0');
        if (at >= 0) {
            throw new RejectedDocumentException("the " + kind + " file holds a NUL character (byte 0x00) at character "
                    + at + "; a text document has none (is it a binary file?)");
        }
        return text;
    }

    private MediaType detect(byte[] bytes, String name) {
        Metadata metadata = new Metadata();
        if (name != null) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, name);
        }
        try (InputStream in = TikaInputStream.get(new ByteArrayInputStream(bytes))) {
            return detector.detect(in, metadata);
        } catch (IOException e) {
            throw new RejectedDocumentException("cannot tell the file's type: " + oneLine(e.getMessage()), e);
        }
    }

    /** Strict UTF-8 first; otherwise the charset Tika's detector is most confident about. */
    static String decodeText(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            CharsetDetector d = new CharsetDetector();
            d.setText(bytes);
            CharsetMatch match = d.detect();
            if (match == null) {
                throw new RejectedDocumentException("the text file's character encoding is not recognised");
            }
            try {
                return new String(bytes, match.getName());
            } catch (java.io.UnsupportedEncodingException u) {
                throw new RejectedDocumentException("the text file's encoding " + match.getName() + " is not supported");
            }
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }
}
