package se.arena.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Turns an {@link ExportTable} into a CSV or XLSX download. */
@Component
public class TableExport {

    public static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** Semicolons and a byte order mark: what Excel with Swedish settings opens correctly. */
    private static final CSVFormat SWEDISH_EXCEL_CSV = CSVFormat.DEFAULT.builder()
            .setDelimiter(';')
            .setRecordSeparator("\r\n")
            .get();

    private final Clock clock;

    public TableExport(Clock clock) {
        this.clock = clock;
    }

    /** @param format "xlsx" for Excel, anything else for CSV */
    public ResponseEntity<byte[]> download(ExportTable table, String format) {
        boolean excel = "xlsx".equalsIgnoreCase(format);
        byte[] body = excel ? xlsx(table) : csv(table);
        String fileName = table.name() + "-" + LocalDate.now(clock) + (excel ? ".xlsx" : ".csv");
        return ResponseEntity.ok()
                .contentType(excel ? XLSX : new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    static byte[] csv(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, SWEDISH_EXCEL_CSV)) {
            writer.write('\ufeff');
            printer.printRecord(table.headers());
            for (List<String> row : table.rows()) {
                printer.printRecord(row.stream().map(TableExport::neutraliseFormula).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static byte[] xlsx(ExportTable table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Workbook workbook = new Workbook(bytes, "Arena", "1.0")) {
            Worksheet sheet = workbook.newWorksheet(table.name());
            for (int column = 0; column < table.headers().size(); column++) {
                sheet.value(0, column, table.headers().get(column));
                sheet.style(0, column).bold().set();
            }
            for (int row = 0; row < table.rows().size(); row++) {
                List<String> values = table.rows().get(row);
                for (int column = 0; column < values.size(); column++) {
                    sheet.value(row + 1, column, values.get(column));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * A cell that starts with =, +, - or @ would run as a formula when the file is opened in a
     * spreadsheet, and so would one behind a leading TAB or CR, which spreadsheets skip (OWASP's
     * CSV injection advice); people's names and notes come from the public, so such cells get a
     * leading quote.
     */
    private static String neutraliseFormula(String value) {
        if (value != null && !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
            return "'" + value;
        }
        return value;
    }
}
