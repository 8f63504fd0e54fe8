package vn.motcua.documents;

import java.util.List;
import java.util.Objects;

/**
 * A table in the body of a document, with a caption above it and a header row. Column widths follow the content.
 *
 * @param caption the caption shown above the table, may be {@code null} or blank
 * @param headers the column headings, at least one
 * @param rows    the rows, each with one cell per heading; may be empty
 */
public record DocumentTable(String caption, List<String> headers, List<List<String>> rows) {

    /**
     * Copies the lists; a {@code null} cell becomes empty.
     *
     * @throws IllegalArgumentException if there is no heading or a row has not one cell per heading
     */
    public DocumentTable {
        headers = List.copyOf(Objects.requireNonNull(headers, "headers"));
        if (headers.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        int columns = headers.size();
        rows = rows == null ? List.of() : rows.stream()
                .map(row -> {
                    if (row.size() != columns) {
                        throw new IllegalArgumentException("a row has " + row.size() + " cells, the table "
                                + columns + " columns: " + row);
                    }
                    return row.stream().map(cell -> Objects.toString(cell, "")).toList();
                })
                .toList();
    }
}
