package se.arena.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class TableExportTest {

    private final ExportTable table = new ExportTable("utskick",
            List.of("Namn", "Anteckning"),
            List.of(List.of("Åsa Öberg", "säger \"hej\"; och hejdå"), List.of("Per", "=HYPERLINK(\"x\")")));

    @Test
    void csvOpensInSwedishExcelWithQuotingAndNoFormulas() {
        String csv = new String(TableExport.csv(table), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\ufeffNamn;Anteckning\r\n")
                .contains("Åsa Öberg;\"säger \"\"hej\"\"; och hejdå\"\r\n")
                .contains("Per;\"'=HYPERLINK(\"\"x\"\")\"\r\n");
    }

    /** OWASP's list: a spreadsheet skips a leading TAB or CR and then runs what follows as a formula. */
    @Test
    void csvNeutralisesEveryCellThatASpreadsheetWouldRun() throws IOException {
        List<String> risky = List.of("=1+1", "+1+1", "-1+1", "@SUM(A1)", "\t=1+1", "\r=1+1");
        ExportTable payloads = new ExportTable("utskick", List.of("Anteckning"), risky.stream().map(List::of).toList());
        String csv = new String(TableExport.csv(payloads), StandardCharsets.UTF_8).substring(1);
        try (CSVParser parser = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setDelimiter(';').get())) {
            List<String> cells = parser.getRecords().stream().skip(1).map(row -> row.get(0)).toList();
            assertThat(cells).containsExactlyElementsOf(risky.stream().map(value -> "'" + value).toList());
        }
    }

    @Test
    void xlsxHoldsTheSameRows() throws IOException {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(TableExport.xlsx(table)))) {
            List<Row> rows = workbook.getFirstSheet().read();
            assertThat(rows).hasSize(3);
            assertThat(rows.get(0).getCellText(0)).isEqualTo("Namn");
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Åsa Öberg");
            assertThat(rows.get(2).getCellText(1)).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void downloadNamesTheFileWithTheDate() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T10:00:00Z"), ZoneId.of("Europe/Stockholm"));
        ResponseEntity<byte[]> response = new TableExport(clock).download(table, "xlsx");
        assertThat(response.getHeaders().getContentDisposition().getFilename()).isEqualTo("utskick-2026-11-24.xlsx");
        assertThat(response.getHeaders().getContentType()).isEqualTo(TableExport.XLSX);
        assertThat(new TableExport(clock).download(table, "csv").getHeaders().getContentType().toString())
                .startsWith("text/csv");
    }
}
