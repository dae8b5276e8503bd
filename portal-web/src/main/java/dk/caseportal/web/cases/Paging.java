package dk.caseportal.web.cases;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Where "Mine sager" stands in the list: the first row shown, the rows per page and the total
 * the last query found. Pages are numbered from 1; a page number out of range goes to the nearest
 * page, so a list that shrank between two clicks still shows something.
 */
public final class Paging {

    /** The choices of rows per page. */
    public static final List<Integer> SIZES = List.of(25, 50, 100);
    /** How many page numbers the pager shows around the current page. */
    static final int WINDOW = 5;

    private int first;
    private int size = SIZES.get(0);
    private long total;

    public int first() {
        return first;
    }

    public int size() {
        return size;
    }

    public long total() {
        return total;
    }

    /**
     * Goes to a page. Before the total is known (a stateless request learns it only when the list
     * is read) any page is taken, and {@link #found(long)} then moves a page past the end to the
     * last one.
     */
    public void goTo(int page) {
        long last = total > 0 ? pageCount() : Integer.MAX_VALUE / size;
        first = (int) ((Math.max(1, Math.min(page, last)) - 1) * size);
    }

    /** Another number of rows per page, keeping the first row of the current page in view. */
    public void resize(int rows) {
        if (SIZES.contains(rows)) {
            first = first / rows * rows;
            size = rows;
        }
    }

    /** Records the total of the latest query; a page past the end moves to the last page. */
    public void found(long newTotal) {
        total = newTotal;
        if (first >= total && total > 0) {
            goTo(pageCount());
        }
    }

    public int page() {
        return first / size + 1;
    }

    public int pageCount() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean isFirstPage() {
        return page() == 1;
    }

    public boolean isLastPage() {
        return page() >= pageCount();
    }

    /** The page numbers to offer: up to {@link #WINDOW} around the current page. */
    public List<Integer> window() {
        int count = pageCount();
        int start = Math.max(1, Math.min(page() - WINDOW / 2, count - WINDOW + 1));
        int end = Math.min(count, start + WINDOW - 1);
        return IntStream.rangeClosed(start, end).boxed().toList();
    }

    /** Number of the first row shown, counted from 1 (0 when the list is empty). */
    public long firstShown() {
        return total == 0 ? 0 : first + 1L;
    }

    public long lastShown() {
        return Math.min(total, (long) first + size);
    }
}
