package org.ftzobservatory.kernel;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes the same rows to a CSV file and an XLSX workbook at once, streaming (SXSSF keeps 100 rows in memory, the rest
 * go to a temporary file), so a ledger export runs in constant memory; the counterpart of {@link SheetRows}. Every cell
 * is text, so dates and ids read back exactly as written.
 */
public final class SheetWriter implements Closeable {

    private final Writer csv;
    private final SXSSFWorkbook book = new SXSSFWorkbook(100);
    private final Sheet sheet;
    private final Path xlsx;
    private int sheetRow;
    private int rows;

    /** Opens both files and writes the header row. */
    public SheetWriter(Path csv, Path xlsx, String sheetName, List<String> header) throws IOException {
        this.csv = Files.newBufferedWriter(csv, StandardCharsets.UTF_8);
        this.xlsx = xlsx;
        this.sheet = book.createSheet(sheetName);
        row(header);
        rows = 0; // the header is not a data row
    }

    /** Appends one row to both files. */
    public void row(List<String> cells) {
        try {
            csv.write(CsvParser.formatRow(cells) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Row row = sheet.createRow(sheetRow++);
        for (int i = 0; i < cells.size(); i++) {
            row.createCell(i).setCellValue(cells.get(i));
        }
        rows++;
    }

    /** The data rows written so far (the header not counted). */
    public int rows() {
        return rows;
    }

    /** Finishes the workbook, closes both files and removes SXSSF's temporary file. */
    @Override
    public void close() throws IOException {
        try (Writer w = csv; OutputStream out = Files.newOutputStream(xlsx)) {
            book.write(out);
        } finally {
            book.dispose();
            book.close();
        }
    }
}
