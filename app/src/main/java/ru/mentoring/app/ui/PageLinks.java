package ru.mentoring.app.ui;

/**
 * Where a page of a list stands, for the pager under a table: zero-based {@code page}, 1-based item numbers.
 */
public record PageLinks(int page, int size, long total) {

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < pages();
    }

    public long firstItem() {
        return total == 0 ? 0 : (long) page * size + 1;
    }

    public long lastItem() {
        return Math.min(total, (long) (page + 1) * size);
    }
}
