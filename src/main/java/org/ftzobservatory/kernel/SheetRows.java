package org.ftzobservatory.kernel;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.parsers.ParserConfigurationException;

import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The rows of a ledger file (pilot tasks, delegated powers), handed one at a time to a consumer so a 100,000-row sheet never sits in memory: CSV (UTF-8,
 * RFC 4180, read as one stream of records) or the first sheet of an XLSX workbook (POI's SAX event reader: shared strings
 * read-only, cells as they stream by). Row numbers are the file's own (the header is row 1).
 */
public final class SheetRows {

    /** Receives each row: its number in the file and its cells (trailing empty cells may be missing). */
    @FunctionalInterface
    public interface Sink {
        void row(int number, List<String> cells);
    }

    /** Thrown by a sink to stop reading early (e.g. enough problems listed); passes through unchanged. */
    public static class Stop extends RuntimeException {
        public Stop() {
            super(null, null, false, false);
        }
    }

    /** The file cannot be read as the format its name says: one line for the user, nothing imported. */
    public static final class UnreadableFileException extends RuntimeException {
        UnreadableFileException(String message) {
            super(message);
        }
    }

    private SheetRows() {
    }

    public static boolean isXlsx(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".xlsx");
    }

    public static void read(Path file, String name, Sink sink) {
        if (isXlsx(name)) {
            xlsx(file, sink);
        } else if (name.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            csv(file, sink);
        } else {
            throw new UnreadableFileException("is neither .csv nor .xlsx");
        }
    }

    private static void csv(Path file, Sink sink) {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvParser.stream(in, row -> sink.row(row.line(), row.fields()));
        } catch (CsvParser.CsvException e) {
            throw new UnreadableFileException("line " + e.line() + ": " + e.getMessage());
        } catch (java.nio.charset.MalformedInputException e) {
            throw new UnreadableFileException("is not UTF-8 text");
        } catch (IOException e) {
            throw new UnreadableFileException("cannot be read: " + e.getMessage());
        }
    }

    private static void xlsx(Path file, Sink sink) {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new UnreadableFileException("has no sheet");
            }
            try (InputStream sheet = sheets.next()) {
                XMLReader parser = XMLHelper.newXMLReader();
                parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(sink), new IsoDates(), false));
                parser.parse(new InputSource(sheet));
            }
        } catch (UnreadableFileException | Stop e) {
            throw e;
        } catch (org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException | org.apache.poi.openxml4j.exceptions.InvalidFormatException
                 | org.apache.poi.EmptyFileException e) {
            throw new UnreadableFileException("is not an XLSX workbook");
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            if (e instanceof Stop stop) {
                throw stop;
            }
            throw new UnreadableFileException("is not a readable XLSX workbook (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** Collects one row's cells by column letter, so empty cells in the middle keep their position. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final Sink sink;
        private final List<String> cells = new ArrayList<>();

        Rows(Sink sink) {
            this.sink = sink;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            sink.row(rowNum + 1, new ArrayList<>(cells));
        }

        @Override
        public void cell(String ref, String value, XSSFComment comment) {
            int col = ref == null ? cells.size() : new CellReference(ref).getCol();
            while (cells.size() < col) {
                cells.add("");
            }
            cells.add(value == null ? "" : value);
        }
    }

    /** Date cells read as ISO dates (2021-12-31), whatever display format the workbook gave them. */
    private static final class IsoDates extends DataFormatter {
        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return LocalDate.ofInstant(DateUtil.getJavaDate(value, use1904Windowing, java.util.TimeZone.getTimeZone("UTC"))
                        .toInstant(), ZoneOffset.UTC).toString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904Windowing);
        }
    }
}
