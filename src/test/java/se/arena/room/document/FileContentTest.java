package se.arena.room.document;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each allowed kind is told from a file that only carries its name. */
class FileContentTest {

    @Test
    void officeFilesMustHoldTheirOwnKindsFolder() throws IOException {
        assertThat(FileContent.problem("a.docx", zip("[Content_Types].xml", "word/document.xml"))).isEmpty();
        assertThat(FileContent.problem("a.pptx", zip("[Content_Types].xml", "ppt/presentation.xml"))).isEmpty();
        assertThat(FileContent.problem("a.xlsx", zip("[Content_Types].xml", "xl/workbook.xml"))).isEmpty();
        assertThat(FileContent.problem("a.xlsx", zip("[Content_Types].xml", "word/document.xml")))
                .hasValueSatisfying(message -> assertThat(message).startsWith("Filen är inte en riktig Excel-fil"));
        assertThat(FileContent.problem("a.docx", zip("word/document.xml"))).as("without [Content_Types].xml").isPresent();
        assertThat(FileContent.problem("a.docx", "PK\u0003\u0004 but no archive".getBytes(StandardCharsets.ISO_8859_1))).isPresent();
    }

    @Test
    void anOpenDocumentTextNamesItsKindInItsMimetypeEntry() throws IOException {
        assertThat(FileContent.problem("a.odt", zipWith("mimetype", "application/vnd.oasis.opendocument.text"))).isEmpty();
        assertThat(FileContent.problem("a.odt", zipWith("mimetype", "application/vnd.oasis.opendocument.spreadsheet"))).isPresent();
        assertThat(FileContent.problem("a.odt", zip("content.xml"))).isPresent();
    }

    @Test
    void textMustBeUtf8WithoutNulBytes() {
        assertThat(FileContent.problem("a.txt", "Hej på dig\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(FileContent.problem("a.txt", "Hej på dig\n".getBytes(StandardCharsets.ISO_8859_1))).isPresent();
        assertThat(FileContent.problem("a.txt", new byte[] {'M', 'Z', 0, 1})).isPresent();
        assertThat(FileContent.problem("a.pdf", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileContent.problem("a.PDF", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).as("any case of extension").isEmpty();
    }

    @Test
    void aNameKeepsItsExtensionAndLosesFoldersAndControlCharacters() {
        assertThat(FileContent.cleanName("C:\\Users\\x\\Min \"fil\"\r\n.pdf")).isEqualTo("Min fil.pdf");
        String longName = FileContent.cleanName("å".repeat(400) + ".docx");
        assertThat(longName).hasSize(255).endsWith(".docx");
    }

    private static byte[] zip(String... entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (String entry : entries) {
                zip.putNextEntry(new ZipEntry(entry));
                zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] zipWith(String entry, String content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content.getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
