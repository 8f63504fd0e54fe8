package vn.motcua.web.support;

import java.util.function.IntFunction;

import org.springframework.data.domain.Page;

/**
 * What a page needs to show "page x of y" and links to the pages before and after ({@code fragments/paging}).
 *
 * @param number        the page shown, from 1
 * @param totalPages    how many pages there are (at least 1)
 * @param totalElements how many rows there are in all
 * @param previousHref  link to the page before, or {@code null} on the first
 * @param nextHref      link to the page after, or {@code null} on the last
 */
public record Paging(int number, int totalPages, long totalElements, String previousHref, String nextHref) {

    /** Reads a {@code ?page=} parameter counted from 0; anything that is not a page number gives the first page. */
    public static int requestedPage(String page) {
        if (page == null || !page.matches("\\d{1,6}")) {
            return 0;
        }
        return Integer.parseInt(page);
    }

    /**
     * @param page  the page of rows
     * @param links the link to a page, given its number counted from 0
     */
    public static Paging of(Page<?> page, IntFunction<String> links) {
        int totalPages = Math.max(page.getTotalPages(), 1);
        int index = page.getNumber();
        return new Paging(index + 1, totalPages, page.getTotalElements(),
                index > 0 ? links.apply(Math.min(index, totalPages) - 1) : null,
                index + 1 < totalPages ? links.apply(index + 1) : null);
    }

    /** Whether there is more than one page, so that the links are worth showing. */
    public boolean several() {
        return totalPages > 1 || number > 1;
    }
}
