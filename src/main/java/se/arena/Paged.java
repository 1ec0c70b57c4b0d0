package se.arena;

import java.util.List;

/** One page of a longer list, numbered from 1, with what a pager needs to draw itself. */
public record Paged<T>(List<T> items, int page, int pageSize, long total) {

    public static int firstRow(int page, int pageSize) {
        return (page - 1) * pageSize;
    }

    /** Page numbers come from the address bar, so anything below 1 or unparseable means page 1. */
    public static int pageNumber(String requested) {
        try {
            return Math.max(1, Integer.parseInt(requested == null ? "1" : requested.strip()));
        } catch (NumberFormatException notANumber) {
            return 1;
        }
    }

    /** A page past the end (an old bookmark, a shrunken result) shows the last page instead. */
    public static int clamp(int page, long total, int pageSize) {
        return (int) Math.min(page, Math.max(1, (total + pageSize - 1) / pageSize));
    }

    public int totalPages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    public boolean hasPrevious() {
        return page > 1;
    }

    public boolean hasNext() {
        return page < totalPages();
    }
}
