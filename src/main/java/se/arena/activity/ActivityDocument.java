package se.arena.activity;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;

/** A file attached to an activity: a presentation, the documentation of a meeting. */
public record ActivityDocument(long id, long activityId, String fileName, String contentType, long size, Instant uploadedAt,
                               boolean withdrawn) {

    /** The kinds of file staff may attach, by extension, with the type they are served as. */
    static final Map<String, String> ALLOWED = Map.of(
            "pdf", "application/pdf",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "odt", "application/vnd.oasis.opendocument.text",
            "txt", "text/plain");

    /** At most 20 MB per file. */
    public static final long MAX_SIZE = 20L * 1024 * 1024;

    /** The type a file is served as, or null when its kind may not be attached (the room's documents allow the same kinds). */
    public static String contentTypeOf(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot < 0 ? null : ALLOWED.get(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** "2,4 MB", "180 kB" */
    public String sizeLabel() {
        return sizeLabel(size);
    }

    /** "2,4 MB", "180 kB", for any file's size. */
    public static String sizeLabel(long size) {
        return size >= 1024 * 1024
                ? String.format(Locale.forLanguageTag("sv-SE"), "%.1f MB", size / (1024.0 * 1024.0))
                : Math.max(1, Math.round(size / 1024.0)) + " kB";
    }
}
