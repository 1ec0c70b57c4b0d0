package se.arena.room.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import se.arena.activity.ActivityDocument;
import se.arena.activity.ActivityDocuments;

/**
 * Whether an uploaded file is what its name says. The kinds allowed are those staff may attach to
 * an activity ({@link ActivityDocument#contentTypeOf}); the bytes must match the kind too, so that
 * a program or a web page renamed to ".pdf" is refused rather than handed to the next reader.
 */
final class FileContent {

    /** The OpenDocument text type, which an .odt file names in its first entry. */
    private static final String ODT = "application/vnd.oasis.opendocument.text";

    /** The folder each Office Open XML kind keeps its content in. */
    private static final Map<String, String> OFFICE_FOLDERS = Map.of("docx", "word/", "pptx", "ppt/", "xlsx", "xl/");

    private static final Map<String, String> LABELS = Map.of("pdf", "PDF", "docx", "Word-fil (docx)", "pptx", "PowerPoint-fil (pptx)",
            "xlsx", "Excel-fil (xlsx)", "odt", "OpenDocument-text (odt)", "txt", "textfil (txt)");

    private FileContent() {
    }

    /** What the upload form says may be uploaded. */
    static String allowedKinds() {
        return ActivityDocuments.allowedKinds();
    }

    /**
     * The file's name as stored: without any folder a browser sends along, without control
     * characters, at most 255 characters with its extension kept.
     */
    static String cleanName(String fileName) {
        String name = ActivityDocuments.baseName(fileName).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (name.length() <= 255) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 || name.length() - dot > 10 ? "" : name.substring(dot);
        return name.substring(0, 255 - extension.length()) + extension;
    }

    /**
     * What is wrong with the file, in Swedish for the person who chose it, or empty when it may be stored.
     *
     * @param fileName as {@link #cleanName} left it
     */
    static Optional<String> problem(String fileName, byte[] content) {
        String type = ActivityDocument.contentTypeOf(fileName);
        if (type == null) {
            return Optional.of("Den sortens fil kan inte laddas upp. Välj " + allowedKinds() + ".");
        }
        if (content.length == 0) {
            return Optional.of("Filen är tom. Välj filen igen.");
        }
        if (content.length > ActivityDocument.MAX_SIZE) {
            return Optional.of("Filen är för stor (" + ActivityDocument.sizeLabel(content.length) + "). Den får vara högst "
                    + ActivityDocument.sizeLabel(ActivityDocument.MAX_SIZE) + ".");
        }
        String extension = fileName.substring(fileName.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        boolean matches = switch (extension) {
            case "pdf" -> startsWith(content, "%PDF-".getBytes(StandardCharsets.US_ASCII));
            case "txt" -> isUtf8Text(content);
            case "docx", "pptx", "xlsx" -> isOfficeFile(content, OFFICE_FOLDERS.get(extension));
            case "odt" -> isOpenDocumentText(content);
            default -> false;
        };
        return matches ? Optional.empty() : Optional.of("Filen är inte en riktig " + LABELS.getOrDefault(extension, extension)
                + ": innehållet stämmer inte med filändelsen ." + extension + ". Spara filen i rätt format och välj den igen.");
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && java.util.Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** Valid UTF-8 and no NUL byte, which no text file has and every program does. */
    private static boolean isUtf8Text(byte[] content) {
        for (byte b : content) {
            if (b == 0) {
                return false;
            }
        }
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean isOfficeFile(byte[] content, String folder) {
        return zip(content, zip -> zip.getEntry("[Content_Types].xml") != null
                && Collections.list(zip.entries()).stream().anyMatch(entry -> entry.getName().startsWith(folder)));
    }

    /** An OpenDocument file names its kind in its "mimetype" entry, stored uncompressed and tiny. */
    private static boolean isOpenDocumentText(byte[] content) {
        return zip(content, zip -> {
            ZipEntry mimetype = zip.getEntry("mimetype");
            if (mimetype == null || mimetype.getSize() > 100) {
                return false;
            }
            try (InputStream in = zip.getInputStream(mimetype)) {
                return ODT.equals(new String(in.readNBytes(100), StandardCharsets.US_ASCII).strip());
            }
        });
    }

    /**
     * Reads only the archive's table of contents (and what the check asks for), never inflating
     * every entry: a small "zip bomb" costs no more to check than an honest file.
     */
    private static boolean zip(byte[] content, ZipCheck check) {
        if (!startsWith(content, new byte[] {'P', 'K', 3, 4})) {
            return false;
        }
        Path file = null;
        try {
            file = Files.createTempFile("arena-upload", ".zip");
            Files.write(file, content);
            try (ZipFile zip = new ZipFile(file.toFile())) {
                return check.test(zip);
            }
        } catch (ZipException notAnArchive) {
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (file != null) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException leftForTheSystemToClean) {
                    // the temporary folder is cleared by the system; the check's answer stands
                }
            }
        }
    }

    @FunctionalInterface
    private interface ZipCheck {
        boolean test(ZipFile zip) throws IOException;
    }
}
