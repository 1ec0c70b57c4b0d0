package se.arena.web;

import java.util.List;

/**
 * A staff list as rows of text, ready to download. Every list staff work with offers one,
 * so that what they see on screen can go on to Excel or another system.
 *
 * @param name the file name without extension, e.g. "utskick"
 */
public record ExportTable(String name, List<String> headers, List<List<String>> rows) {

    public ExportTable {
        for (List<String> row : rows) {
            if (row.size() != headers.size()) {
                throw new IllegalArgumentException("Every row needs one value per header");
            }
        }
    }
}
